package dev.helhet.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.contracts.Actor;
import dev.helhet.contracts.EventEnvelope;
import dev.helhet.contracts.EventType;
import dev.helhet.contracts.IntegrationEvent;
import dev.helhet.contracts.Topics;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Publishes an integration event the only safe way: as an outbox row in the same transaction as the
 * change it describes. Call it inside {@code @WithTransaction}; {@link OutboxRelay} sends it later.
 */
@ApplicationScoped
public class EventPublisher {

    private final OutboxEventRepository outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public EventPublisher(OutboxEventRepository outbox, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    public Uni<EventEnvelope<IntegrationEvent>> publish(IntegrationEvent payload, String municipalityId,
                                                        String aggregateId, Actor actor) {
        OutboxEvent row = row(payload, municipalityId, aggregateId, actor);
        return outbox.persist(row).replaceWith(new EventEnvelope<>(row.eventId, row.eventType, Topics.typeOf(payload.getClass()).version(),
                row.createdAt, municipalityId, aggregateId, actor, row.traceparent, payload));
    }

    /** An event and the key (aggregate id) it is published under. */
    public record Keyed(IntegrationEvent payload, String aggregateId) {
    }

    /**
     * Many events of one municipality and actor in one statement (a list's access-log entries): the same outbox
     * rows as {@link #publish} writes one by one, in one round trip. Call inside {@code @WithTransaction}.
     */
    public Uni<Void> publishAll(List<Keyed> keyed, String municipalityId, Actor actor) {
        if (keyed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<OutboxEvent> rows = keyed.stream().map(event -> row(event.payload(), municipalityId, event.aggregateId(), actor)).toList();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            int first = i * 7 + 1;
            values.append(i == 0 ? "" : ", ").append("(?").append(first);
            for (int column = 1; column < 7; column++) {
                values.append(", ?").append(first + column);
            }
            values.append(')');
        }
        return Panache.getSession().flatMap(session -> {
            var insert = session.createNativeQuery("insert into outbox_event (event_id, topic, message_key, event_type, envelope,"
                    + " traceparent, created_at) values " + values);
            for (int i = 0; i < rows.size(); i++) {
                OutboxEvent row = rows.get(i);
                int first = i * 7 + 1;
                insert.setParameter(first, row.eventId).setParameter(first + 1, row.topic).setParameter(first + 2, row.messageKey)
                        .setParameter(first + 3, row.eventType).setParameter(first + 4, row.envelope)
                        .setParameter(first + 5, row.traceparent).setParameter(first + 6, row.createdAt.atOffset(ZoneOffset.UTC));
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }

    /** The outbox row for an event, not yet stored: for writers that store it outside the caller's transaction. */
    public OutboxEvent row(IntegrationEvent payload, String municipalityId, String aggregateId, Actor actor) {
        EventEnvelope<IntegrationEvent> envelope = EventEnvelope.wrap(
                payload, municipalityId, aggregateId, actor, currentTraceparent(), clock.instant());
        EventType type = Topics.typeOf(payload.getClass());
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.eventId();
        row.topic = type.topic();
        row.messageKey = aggregateId;
        row.eventType = type.name();
        row.envelope = toJson(envelope);
        row.traceparent = envelope.traceparent();
        row.createdAt = envelope.occurredAt();
        return row;
    }

    private String toJson(EventEnvelope<?> envelope) {
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + envelope.eventType() + " cannot be written as JSON", e);
        }
    }

    private static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }
}
