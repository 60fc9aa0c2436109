package dev.helhet.coordinators.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A participant as the coordinators service knows them from events: id, municipality, status. Projection of participants events. */
@Entity
@Table(name = "participant_ref")
public class ParticipantRef {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "municipality_id", nullable = false)
    public String municipalityId;

    /** {@value #ACTIVE}, or the reason the participants service closed the record (e.g. moved, closed). */
    @Column(nullable = false)
    public String status;

    public static final String ACTIVE = "active";

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    /** Where "no recent team meeting" counts from while no meeting with the person has been held: their registration. */
    @Column(name = "meetings_counted_from", nullable = false)
    public Instant meetingsCountedFrom;

    /** A person just registered in a municipality. */
    public static ParticipantRef registered(UUID participantId, String municipalityId, Instant at) {
        ParticipantRef participant = new ParticipantRef();
        participant.participantId = participantId;
        participant.municipalityId = municipalityId;
        participant.status = ACTIVE;
        participant.registeredAt = at;
        participant.meetingsCountedFrom = at;
        return participant;
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    /** The record was closed in the participants service, for this reason. */
    public void close(String reason) {
        status = reason;
    }

    /** Registered here again (she moved back, her record reopened). */
    public void reopen() {
        status = ACTIVE;
    }
}
