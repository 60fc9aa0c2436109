package dev.helhet.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The common envelope of every event on every topic (schema: {@code schemas/envelope.v1.json}).
 *
 * @param eventId        unique id, the consumers' deduplication key
 * @param eventType      past-tense name of the payload, e.g. {@code ParticipantRegistered}
 * @param eventVersion   major version of the payload schema; equals the topic's {@code v<major>}
 * @param occurredAt     when the change happened (UTC)
 * @param municipalityId the tenant the event belongs to (the Keycloak organization alias)
 * @param aggregateId    id of the changed aggregate; also the Kafka record key
 * @param actor          who caused it, pseudonymously
 * @param traceparent    W3C trace context of the request that caused it, if any
 * @param payload        the event itself
 */
public record EventEnvelope<P>(
        UUID eventId,
        String eventType,
        int eventVersion,
        Instant occurredAt,
        String municipalityId,
        String aggregateId,
        Actor actor,
        String traceparent,
        P payload) {

    /** Wraps a payload registered in {@link Topics} in a new envelope with a fresh id. */
    public static <P extends IntegrationEvent> EventEnvelope<P> wrap(
            P payload, String municipalityId, String aggregateId, Actor actor, String traceparent, Instant occurredAt) {
        EventType type = Topics.typeOf(payload.getClass());
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), type.version(), occurredAt,
                municipalityId, aggregateId, actor, traceparent, payload);
    }
}
