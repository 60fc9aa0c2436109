package dev.helhet.participants.domain;

import dev.helhet.contracts.EventEnvelope;
import dev.helhet.contracts.audit.PersonalDataAccessed;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One read or change of a person's data: who, in what role, what, why, with what outcome, when
 * (UTC). Append-only; the database chains each entry to the previous by hash (migration V3).
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    @Column(name = "municipality_id", nullable = false, updatable = false)
    public String municipalityId;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public UUID participantId;

    @Column(name = "actor_type", nullable = false, updatable = false)
    public String actorType;

    @Column(name = "actor_subject", nullable = false, updatable = false)
    public String actorSubject;

    @Column(name = "actor_roles", nullable = false, updatable = false)
    public String actorRoles;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(updatable = false)
    public String purpose;

    @Column(nullable = false, updatable = false)
    public String outcome;

    @Column(name = "request_id", updatable = false)
    public String requestId;

    /** The id of the audit event this entry came from (deduplication). */
    @Column(name = "event_id", updatable = false)
    public UUID eventId;

    /** The service that served or refused the access. */
    @Column(nullable = false, updatable = false)
    public String service;

    /** What kind of data: participant, consents, team, ... */
    @Column(nullable = false, updatable = false)
    public String resource;

    /** Set by the database: place in the hash chain. */
    @Column(name = "chain_position", insertable = false, updatable = false)
    public Long chainPosition;

    /** The entry for one access any service reported on {@code audit.access.v1}. */
    public static AccessLogEntry of(EventEnvelope<?> envelope, PersonalDataAccessed access) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.eventId = envelope.eventId();
        entry.occurredAt = envelope.occurredAt();
        entry.municipalityId = envelope.municipalityId();
        entry.participantId = access.participantId();
        entry.actorType = envelope.actor().type().json();
        entry.actorSubject = envelope.actor().subject();
        entry.actorRoles = String.join(",", access.actorRoles());
        entry.service = access.service();
        entry.resource = access.resource();
        entry.action = access.action();
        entry.purpose = access.purpose();
        entry.outcome = access.outcome();
        entry.requestId = access.requestId();
        return entry;
    }
}
