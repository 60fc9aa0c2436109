package dev.helhet.common.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.contracts.EventEnvelope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs an event's effect at most once per consumer: the event id is recorded in
 * {@code processed_event} in the same transaction as the effect, so a redelivered or replayed
 * event changes nothing. Call it inside {@code @WithTransaction}.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private final EventReader reader;

    public IdempotentConsumer(EventReader reader) {
        this.reader = reader;
    }

    /**
     * Reads a Kafka record and runs its handler once for this consumer (call inside {@code @WithTransaction});
     * an unreadable record fails and is dead-lettered.
     */
    public Uni<Void> consume(String consumer, String record, EventHandlers handlers) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record);
        return once(consumer, envelope.eventId(), () -> handlers.dispatch(envelope, reader)).replaceWithVoid();
    }

    /** Applies {@code effect} unless this consumer has already processed {@code eventId}; true when applied. */
    public Uni<Boolean> once(String consumer, UUID eventId, Supplier<Uni<Void>> effect) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("""
                                insert into processed_event (consumer, event_id) values (:consumer, :eventId)
                                on conflict do nothing""")
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", eventId)
                        .executeUpdate())
                .flatMap(inserted -> inserted == 1
                        ? effect.get().replaceWith(Boolean.TRUE)
                        : Uni.createFrom().item(Boolean.FALSE));
    }
}
