package dev.helhet.careaccess.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A person's current responsible coordinator. Projection of the coordinators service's events. */
@Entity
@Table(name = "care_assignment")
public class CareAssignment {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "assignment_id", nullable = false)
    public UUID assignmentId;

    @Column(name = "professional_id", nullable = false)
    public UUID professionalId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;
}
