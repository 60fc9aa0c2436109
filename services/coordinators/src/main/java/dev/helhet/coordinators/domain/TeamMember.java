package dev.helhet.coordinators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A professional on the team around a person; suspended while no consent covers their organisation. */
@Entity
@Table(name = "team_member")
public class TeamMember {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(name = "professional_id", nullable = false, updatable = false)
    public UUID professionalId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    /** Their role on the team, in words: veileder, helsesykepleier, lærer, mentor. */
    @Column(nullable = false, updatable = false)
    public String role;

    @Column(name = "joined_at", nullable = false, updatable = false)
    public Instant joinedAt;

    @Column(name = "added_by", nullable = false, updatable = false)
    public String addedBy;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "removed_by")
    public String removedBy;

    @Column(name = "suspended_at")
    public Instant suspendedAt;

    @Column(name = "suspension_reason")
    public String suspensionReason;

    public boolean isActive() {
        return leftAt == null;
    }

    public boolean isSuspended() {
        return suspendedAt != null;
    }

    /** A professional joins the person's team, for an organisation, with a role. */
    public static TeamMember joined(UUID participantId, String municipalityId, UUID professionalId, UUID organisationId, String role,
                                    Instant at, String by) {
        TeamMember member = new TeamMember();
        member.id = UUID.randomUUID();
        member.participantId = participantId;
        member.municipalityId = municipalityId;
        member.professionalId = professionalId;
        member.organisationId = organisationId;
        member.role = role.strip();
        member.joinedAt = at;
        member.addedBy = by;
        return member;
    }

    /** The member leaves the team. */
    public void leave(Instant at, String by) {
        leftAt = at;
        removedBy = by;
    }

    /** Need-to-know no longer admits the member (no consent covers their organisation): marked, for the team's view. */
    public void suspend(String reason, Instant at) {
        suspendedAt = at;
        suspensionReason = reason;
    }

    /** Need-to-know admits the member again. */
    public void reinstate() {
        suspendedAt = null;
        suspensionReason = null;
    }
}
