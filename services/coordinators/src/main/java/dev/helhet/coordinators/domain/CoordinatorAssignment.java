package dev.helhet.coordinators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A professional as a person's responsible coordinator, from assignment to handover or unassignment.
 * At most one is active per person: a partial unique index in the database enforces it.
 */
@Entity
@Table(name = "coordinator_assignment")
public class CoordinatorAssignment {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(name = "professional_id", nullable = false, updatable = false)
    public UUID professionalId;

    /** The organisation the coordinator acts for; its people need no consent to be on the team. */
    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    public Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    public String assignedBy;

    /** Warm handover: what the previous coordinator wants the new one to know. */
    @Column(name = "handover_note", updatable = false)
    public String handoverNote;

    @Column(name = "previous_assignment_id", updatable = false)
    public UUID previousAssignmentId;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    public boolean isActive() {
        return endedAt == null;
    }

    /** A professional becomes the person's responsible coordinator, for an organisation; after {@code previous}, if any. */
    public static CoordinatorAssignment started(UUID participantId, String municipalityId, UUID professionalId, UUID organisationId,
                                                Instant at, String by, String handoverNote, UUID previous) {
        CoordinatorAssignment assignment = new CoordinatorAssignment();
        assignment.id = UUID.randomUUID();
        assignment.participantId = participantId;
        assignment.municipalityId = municipalityId;
        assignment.professionalId = professionalId;
        assignment.organisationId = organisationId;
        assignment.assignedAt = at;
        assignment.assignedBy = by;
        assignment.handoverNote = handoverNote == null || handoverNote.isBlank() ? null : handoverNote.strip();
        assignment.previousAssignmentId = previous;
        return assignment;
    }

    /** The assignment ends (unassigned or handed over). */
    public void end(Instant at, String by) {
        endedAt = at;
        endedBy = by;
    }
}
