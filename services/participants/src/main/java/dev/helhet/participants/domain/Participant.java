package dev.helhet.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A person registered in one municipality. */
@Entity
@Table(name = "participant")
public class Participant {

    @Id
    public UUID id;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(nullable = false)
    public String name;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    /** Subject id of who registered the person (pseudonymous, never a name). */
    @Column(name = "registered_by", nullable = false, updatable = false)
    public String registeredBy;

    @Version
    public long version;

    public static Participant register(String municipalityId, String name, Instant at, String by) {
        Participant participant = new Participant();
        participant.id = UUID.randomUUID();
        participant.municipalityId = municipalityId;
        participant.name = name.strip();
        participant.registeredAt = at;
        participant.registeredBy = by;
        return participant;
    }
}
