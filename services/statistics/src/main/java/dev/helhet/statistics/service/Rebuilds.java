package dev.helhet.statistics.service;

import dev.helhet.common.messaging.EventReader;
import dev.helhet.contracts.TopicDefinition;
import dev.helhet.contracts.Topics;
import dev.helhet.statistics.repository.FactRepository;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds the read model: empties it, then reads every topic statistics consumes from its first retained record to
 * the end it had when the rebuild began, with a consumer of its own (no group, nothing committed). The live
 * channels go on meanwhile; since a fact is keyed by its event id and figures do not depend on the order facts
 * arrive in, whatever both of them store counts once, and nothing before or after the rebuild's start is missed.
 */
@ApplicationScoped
public class Rebuilds {

    private static final Logger LOG = Logger.getLogger(Rebuilds.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** The service's name in the topic catalogue. */
    static final String SERVICE = "statistics";

    /** Where a rebuild stands. */
    public record Progress(State state, Instant startedAt, Instant finishedAt, long events, String failure) {

        public enum State { IDLE, RUNNING, DONE, FAILED }

        static final Progress IDLE = new Progress(State.IDLE, null, null, 0, null);

        /** Events read per second, over the whole run or so far. */
        public double eventsPerSecond(Instant now) {
            if (startedAt == null) {
                return 0;
            }
            double seconds = Duration.between(startedAt, finishedAt != null ? finishedAt : now).toMillis() / 1000.0;
            return seconds <= 0 ? 0 : events / seconds;
        }
    }

    private final Map<String, Object> kafka;
    private final EventReader reader;
    private final FactExtractor extractor;
    private final FactRepository facts;
    private final OpenDataCache openData;
    private final Clock clock;
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.IDLE);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "statistics-replay");
        thread.setDaemon(true);
        return thread;
    });

    public Rebuilds(@Identifier("default-kafka-broker") Map<String, Object> kafka, EventReader reader, FactExtractor extractor,
                  FactRepository facts, OpenDataCache openData, Clock clock) {
        this.openData = openData;
        this.kafka = kafka;
        this.reader = reader;
        this.extractor = extractor;
        this.facts = facts;
        this.clock = clock;
    }

    public Progress progress() {
        return progress.get();
    }

    /** What asking for a rebuild did. */
    public enum Start { STARTED, ALREADY_RUNNING, TOPICS_INCOMPLETE }

    /**
     * Starts a rebuild, unless one runs or a topic no longer begins with its first event (retention deleted some):
     * a replay would then shrink the figures to what is left, so nothing is emptied and the answer says so.
     */
    public Start start(String reason) {
        Progress current = progress.get();
        if (current.state() == Progress.State.RUNNING) {
            return Start.ALREADY_RUNNING;
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            if (consumer.beginningOffsets(partitions(consumer)).values().stream().anyMatch(first -> first > 0)) {
                return Start.TOPICS_INCOMPLETE;
            }
        }
        Progress running = new Progress(Progress.State.RUNNING, clock.instant(), null, 0, null);
        if (!progress.compareAndSet(current, running)) {
            return Start.ALREADY_RUNNING;
        }
        LOG.infof("Statistics rebuild started: %s", reason == null ? "no reason given" : reason.replaceAll("\\p{Cntrl}", " "));
        worker.submit(this::run);
        return Start.STARTED;
    }

    /** Every partition of every topic statistics consumes. */
    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (TopicDefinition topic : Topics.ALL) {
            if (topic.consumers().contains(SERVICE)) {
                consumer.partitionsFor(topic.name()).forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        return partitions;
    }

    private void run() {
        Instant started = progress.get().startedAt();
        long events = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            facts.wipe().await().atMost(Duration.ofMinutes(1));
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            end.entrySet().removeIf(partitionEnd -> consumer.position(partitionEnd.getKey()) >= partitionEnd.getValue());
            while (!end.isEmpty()) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                FactBatch batch = new FactBatch(reader, extractor);
                for (ConsumerRecord<String, String> record : records) {
                    Long last = end.get(new TopicPartition(record.topic(), record.partition()));
                    if (last == null || record.offset() >= last) {
                        continue;
                    }
                    events++;
                    keep(record, batch);
                }
                facts.store(batch.facts, batch.organisations).await().atMost(Duration.ofMinutes(1));
                progress.set(new Progress(Progress.State.RUNNING, started, null, events, null));
                end.entrySet().removeIf(partitionEnd -> consumer.position(partitionEnd.getKey()) >= partitionEnd.getValue());
            }
            openData.clear();
            progress.set(new Progress(Progress.State.DONE, started, clock.instant(), events, null));
            LOG.infof("Statistics rebuilt from %d events", events);
        } catch (RuntimeException failure) {
            LOG.errorf("Statistics rebuild failed after %d events: %s", events, failure.toString());
            progress.set(new Progress(Progress.State.FAILED, started, clock.instant(), events, failure.getClass().getSimpleName()));
        }
    }

    /** Unreadable records were dead-lettered by the live channel already; the rebuild skips them. */
    private void keep(ConsumerRecord<String, String> record, FactBatch batch) {
        try {
            batch.add(record.value());
        } catch (RuntimeException unreadable) {
            LOG.debugf("Rebuild skips an unreadable record of %s at offset %d", record.topic(), record.offset());
        }
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>(kafka);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove("group.id");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "statistics-replay");
        return config;
    }
}
