package dev.helhet.careaccess.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * That a person is registered, and in which municipality: what a service that does not hold the person needs before it
 * asks need-to-know. Projection of {@code participants.participant.v1} (db/care-access/people); no name, no number.
 */
@Entity
@Table(name = "care_person")
public class CarePerson {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "municipality_id", nullable = false)
    public String municipalityId;

    /** Her follow-up here goes on (false once she moved away or it closed). */
    @Column(nullable = false)
    public boolean active = true;
}
