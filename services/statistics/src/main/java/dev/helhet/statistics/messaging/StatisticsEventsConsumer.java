package dev.helhet.statistics.messaging;

import dev.helhet.common.messaging.EventReader;
import dev.helhet.statistics.repository.FactRepository;
import dev.helhet.statistics.service.FactBatch;
import dev.helhet.statistics.service.FactExtractor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the statistics read model from every topic it is named a consumer of (Topics.ALL), a poll's batch at a
 * time: each batch is one insert round trip, which is what lets a replay of millions of events finish in seconds.
 * An unreadable record goes to its topic's dead letters without holding up the others; while the database is
 * unreachable the batch is retried (not dead-lettered), so the channel waits rather than losing events.
 */
@ApplicationScoped
public class StatisticsEventsConsumer {

    private static final Logger LOG = Logger.getLogger(StatisticsEventsConsumer.class);

    private final EventReader reader;
    private final FactExtractor extractor;
    private final FactRepository facts;
    private final DeadLetters deadLetters;
    private final Counter consumed;

    public StatisticsEventsConsumer(EventReader reader, FactExtractor extractor, FactRepository facts, DeadLetters deadLetters,
                                    MeterRegistry metrics) {
        this.reader = reader;
        this.extractor = extractor;
        this.facts = facts;
        this.deadLetters = deadLetters;
        this.consumed = metrics.counter("helhet.statistics.events.consumed");
    }

    @Incoming("participant-events")
    public Uni<Void> participants(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("consent-events")
    public Uni<Void> consents(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("assignment-events")
    public Uni<Void> assignments(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("organisation-events")
    public Uni<Void> organisations(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("plan-events")
    public Uni<Void> plans(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("meeting-events")
    public Uni<Void> meetings(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("referral-events")
    public Uni<Void> referrals(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    @Incoming("transition-events")
    public Uni<Void> transitions(KafkaRecordBatch<String, String> batch) {
        return consume(batch);
    }

    private static Uni<Void> retried(Uni<Void> step, String what) {
        return step.onFailure().invoke(failure -> LOG.warnf("Could not %s (will retry): %s", what, failure.getClass().getSimpleName()))
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(15)).indefinitely();
    }

    Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        FactBatch kept = new FactBatch(reader, extractor);
        List<Uni<Void>> rejected = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                kept.add(record.getPayload());
            } catch (RuntimeException unreadable) {
                // The reason goes with the record to the dead letters; the log says only where it was (a message could quote a value).
                LOG.warnf("Dead-lettering an unreadable record of %s (partition %d): %s", record.getTopic(), record.getPartition(),
                        unreadable.getClass().getSimpleName());
                rejected.add(Uni.createFrom().deferred(() -> deadLetters.send(record.getTopic(), record.getKey(), record.getPayload(),
                        String.valueOf(unreadable.getMessage()))));
            }
        }
        Uni<Void> deadLettered = rejected.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(rejected).andFailFast().replaceWithVoid();
        // Until both the dead letters and the facts are safe, the batch is retried, never dead-lettered whole: the good records
        // of a batch must not go to the dead letters because the database or the broker was away for a while.
        return retried(deadLettered, "dead-letter " + rejected.size() + " records")
                .chain(() -> retried(facts.store(kept.facts, kept.organisations), "store " + kept.facts.size() + " facts"))
                .invoke(() -> consumed.increment(batch.getRecords().size()))
                // A batch is a Message: acknowledged by hand, and only once every fact of it is stored.
                .chain(() -> Uni.createFrom().completionStage(batch::ack));
    }
}
