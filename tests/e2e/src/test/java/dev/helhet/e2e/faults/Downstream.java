package dev.helhet.e2e.faults;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.TestStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where acknowledged registrations must arrive, and how often they did: the topic (how many times each was published:
 * more than once is allowed, at-least-once), the statistics service's facts and the coordinators service's projection
 * (exactly once each: a second row would be a duplicated effect).
 */
final class Downstream {

    private static final String TOPIC = Topics.PARTICIPANTS_PARTICIPANT_V1;
    private static final String DEAD_LETTERS = TOPIC + ".dlq";
    /** The consumer groups of the topic (docs/events.md): each service's application name; the statistics' names its read model. */
    private static final List<String> CONSUMER_GROUPS = List.of("coordinators", "agreements", "referrals", "statistics-read-model-1");

    private final Map<TopicPartition, Long> topicStart;
    private final Map<TopicPartition, Long> deadLettersStart;

    private Downstream(Map<TopicPartition, Long> topicStart, Map<TopicPartition, Long> deadLettersStart) {
        this.topicStart = topicStart;
        this.deadLettersStart = deadLettersStart;
    }

    /** Marks the current end of the participant topic and its dead letters: what arrives from now on is tallied. */
    static Downstream markNow() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            return new Downstream(new HashMap<>(consumer.endOffsets(partitions(consumer, TOPIC))),
                    new HashMap<>(consumer.endOffsets(partitions(consumer, DEAD_LETTERS))));
        }
    }

    /**
     * Waits (up to {@code timeout}) until every acknowledged registration has a statistics fact and a coordinators row,
     * then counts what arrived, what is missing and what arrived more than once.
     */
    Tally awaitArrival(Set<UUID> acknowledged, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Map<UUID, Integer> facts = facts(acknowledged);
        Map<UUID, Integer> projected = projected(acknowledged);
        while ((facts.size() < acknowledged.size() || projected.size() < acknowledged.size()) && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(500));
            facts = facts(acknowledged);
            projected = projected(acknowledged);
        }
        // Every consumer of the topic has read what was published, so that its dead letters, if any, are there to count.
        CONSUMER_GROUPS.forEach(group -> KafkaProbe.awaitCaughtUp(group, TOPIC, Duration.ofSeconds(90)));
        Published published = published(acknowledged);
        int arrived = (int) acknowledged.stream().filter(facts::containsKey).filter(projected::containsKey).count();
        int underTwoEventIds = (int) published.eventIds().values().stream().filter(ids -> ids.size() > 1).count();
        return new Tally(acknowledged.size(), arrived, acknowledged.size() - arrived,
                extraRows(facts) + extraRows(projected) + underTwoEventIds, published.again(), deadLettered());
    }

    /**
     * Records any consumer of the participant topic (all four, agreements and referrals too) set aside since the mark. A
     * good record there is lost from that consumer's read model; so is one whose second effect a constraint refused.
     */
    private long deadLettered() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions(consumer, DEAD_LETTERS));
            return ends.entrySet().stream().mapToLong(end -> end.getValue() - deadLettersStart.getOrDefault(end.getKey(), 0L)).sum();
        }
    }

    private static Map<UUID, Integer> facts(Set<UUID> ids) {
        return rowsPerParticipant("statistics",
                "select participant_id, count(*) from fact where event_type = 'ParticipantRegistered' and participant_id = any(?) group by 1", ids);
    }

    private static Map<UUID, Integer> projected(Set<UUID> ids) {
        return rowsPerParticipant("coordinators", "select participant_id, count(*) from participant_ref where participant_id = any(?) group by 1", ids);
    }

    /** Every event id published for each acknowledged participant since the mark, and how many records repeated one. */
    private Published published(Set<UUID> acknowledged) {
        Map<UUID, Set<String>> eventIds = new HashMap<>();
        int again = 0;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, TOPIC);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            partitions.forEach(partition -> consumer.seek(partition, topicStart.getOrDefault(partition, 0L)));
            Instant deadline = Instant.now().plusSeconds(30);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition)) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String eventType = header(record, "eventType");
                    String eventId = header(record, "eventId");
                    if (!"ParticipantRegistered".equals(eventType) || eventId == null || record.key() == null) {
                        continue;
                    }
                    UUID participant = UUID.fromString(record.key());
                    if (acknowledged.contains(participant) && !eventIds.computeIfAbsent(participant, key -> new HashSet<>()).add(eventId)) {
                        again++;
                    }
                }
            }
        }
        return new Published(eventIds, again);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private record Published(Map<UUID, Set<String>> eventIds, int again) {
    }

    private static Map<UUID, Integer> rowsPerParticipant(String database, String query, Set<UUID> ids) {
        Map<UUID, Integer> rows = new HashMap<>();
        try (Connection connection = ServiceDatabase.open(database);
             PreparedStatement statement = connection.prepareStatement(query)) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            statement.setArray(1, array);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.put(result.getObject(1, UUID.class), result.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count rows in " + database, e);
        }
        return rows;
    }

    private static int extraRows(Map<UUID, Integer> rows) {
        return rows.values().stream().mapToInt(count -> count - 1).sum();
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The counts a fault test reports: acknowledged writes, those that arrived downstream, those lost, those whose effect
     * happened more than once, records the relay published again (at-least-once; harmless when consumers dedupe), and
     * records consumers set aside in the dead letters meanwhile.
     */
    record Tally(int acknowledged, int arrived, int lost, int duplicated, int publishedAgain, long deadLettered) {

        String line() {
            return "acknowledged %d, arrived %d, lost %d, duplicated %d, dead-lettered %d (records published again: %d)"
                    .formatted(acknowledged, arrived, lost, duplicated, deadLettered, publishedAgain);
        }
    }
}
