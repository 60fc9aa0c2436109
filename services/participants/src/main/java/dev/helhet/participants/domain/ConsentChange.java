package dev.helhet.participants.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step in a consent's history: granted, revoked or expired, when, by whom and why. */
@Entity
@Table(name = "consent_change")
public class ConsentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "consent_id", nullable = false, updatable = false)
    public UUID consentId;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    /** granted, revoked or expired */
    @Column(nullable = false, updatable = false)
    public String change;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "actor_type", nullable = false, updatable = false)
    public String actorType;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    public String actorSubject;

    @Column(updatable = false)
    public String reason;

    public static ConsentChange of(Consent consent, String change, Instant at, String actorType, String actorSubject, String reason) {
        ConsentChange entry = new ConsentChange();
        entry.consentId = consent.id;
        entry.municipalityId = consent.municipalityId;
        entry.change = change;
        entry.occurredAt = at;
        entry.actorType = actorType;
        entry.actorSubject = actorSubject;
        entry.reason = reason;
        return entry;
    }
}
