package dev.helhet.statistics.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** That a participant was registered in a municipality, and when: all statistics needs of them. */
@Entity
@Table(name = "participant_registration")
public class ParticipantRegistration {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "municipality_id", nullable = false)
    public String municipalityId;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    public static ParticipantRegistration of(UUID participantId, String municipalityId, Instant registeredAt) {
        ParticipantRegistration registration = new ParticipantRegistration();
        registration.participantId = participantId;
        registration.municipalityId = municipalityId;
        registration.registeredAt = registeredAt;
        return registration;
    }
}
