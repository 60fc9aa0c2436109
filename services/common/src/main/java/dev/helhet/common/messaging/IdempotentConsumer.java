package dev.helhet.common.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.common.persistence.DatabaseUnavailable;
import dev.helhet.contracts.EventEnvelope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Runs an event's effect at most once per consumer: the event id is recorded in
 * {@code processed_event} in the same transaction as the effect, so a redelivered or replayed
 * event changes nothing.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(15);

    private final EventReader reader;
    private final DeadLetterCount deadLetters;

    public IdempotentConsumer(EventReader reader, DeadLetterCount deadLetters) {
        this.reader = reader;
        this.deadLetters = deadLetters;
    }

    /**
     * Reads a Kafka record and runs its handler once for this consumer, in a transaction of its own. An unreadable record
     * fails and is dead-lettered. While the database is out of reach the transaction is tried again, as long as it
     * takes: the record is good, and dead-lettering it because PostgreSQL was restarting would lose it from the read model.
     */
    public Uni<Void> consume(String consumer, String record, EventHandlers handlers) {
        EventEnvelope<JsonNode> envelope;
        try {
            envelope = reader.envelope(record);
        } catch (RuntimeException unreadable) {
            deadLetters.ofChannel(consumer);
            throw unreadable;
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> once(consumer, envelope.eventId(),
                        () -> handlers.dispatch(envelope, reader))))
                .onFailure(DatabaseUnavailable::is).invoke(failure -> LOG.warnf(
                        "The database is out of reach; %s retries event %s: %s", consumer, envelope.eventId(), DatabaseUnavailable.reason(failure)))
                .onFailure(DatabaseUnavailable::is).retry().withBackOff(FIRST_RETRY, LONGEST_WAIT).indefinitely()
                // Anything else fails the record, and the channel's failure strategy sets it aside.
                .onFailure().invoke(failure -> deadLetters.ofChannel(consumer))
                .replaceWithVoid();
    }

    /** Applies {@code effect} unless this consumer has already processed {@code eventId}; true when applied. Call inside a transaction. */
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
