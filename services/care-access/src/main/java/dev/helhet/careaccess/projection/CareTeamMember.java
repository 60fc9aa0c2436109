package dev.helhet.careaccess.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A professional on a person's team, from which organisation. Projection of the coordinators service's events. */
@Entity
@Table(name = "care_team_member")
public class CareTeamMember {

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "professional_id", nullable = false)
    public UUID professionalId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public boolean active;
}
