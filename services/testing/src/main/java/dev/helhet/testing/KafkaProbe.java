package dev.helhet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Watches a topic on the test stack's real broker from the moment it is opened, so a test can wait
 * for the event its request caused; and sends raw records, for consumer tests.
 */
public final class KafkaProbe implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final java.util.List<Received> seen = new java.util.ArrayList<>();

    private KafkaProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes "now" before the test acts
    }

    /** Starts watching {@code topic} from its current end. */
    public static KafkaProbe watch(String topic) {
        return new KafkaProbe(topic);
    }

    /**
     * The first record, in arrival order, that matches and was not returned before; empty after
     * {@code timeout}. Records that do not match stay available to later calls.
     */
    public Optional<Received> await(Predicate<Received> matches, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (var iterator = seen.iterator(); iterator.hasNext(); ) {
                Received received = iterator.next();
                if (matches.test(received)) {
                    iterator.remove();
                    return Optional.of(received);
                }
            }
            if (!Instant.now().isBefore(deadline)) {
                return Optional.empty();
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(new Received(record.key(), parse(record.value()), record));
            }
        }
    }

    /** Sends one raw record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /**
     * Waits until consumer group {@code groupId} has committed every record now on {@code topic}:
     * after this, a read model reflects everything published so far, and a test can take a baseline.
     */
    public static void awaitCaughtUp(String groupId, String topic, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.kafkaBootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(topic).partitions().stream()
                    .collect(Collectors.toMap(info -> new TopicPartition(topic, info.partition()), info -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
            Instant deadline = Instant.now().plus(timeout);
            Map<TopicPartition, OffsetAndMetadata> committed = Map.of();
            while (Instant.now().isBefore(deadline)) {
                committed = admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                if (caughtUp(ends, committed)) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new AssertionError("Consumer group " + groupId + " did not catch up with " + topic + " within " + timeout
                    + "; committed offset / end per partition: " + offsetsLine(ends, committed));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Could not read offsets of " + topic, e);
        }
    }

    private static boolean caughtUp(Map<TopicPartition, Long> ends, Map<TopicPartition, OffsetAndMetadata> committed) {
        return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue()));
    }

    private static String offsetsLine(Map<TopicPartition, Long> ends, Map<TopicPartition, OffsetAndMetadata> committed) {
        return ends.keySet().stream().sorted(java.util.Comparator.comparingInt(TopicPartition::partition))
                .map(partition -> partition.partition() + ": " + (committed.get(partition) == null ? "none" : committed.get(partition).offset())
                        + " / " + ends.get(partition))
                .collect(Collectors.joining(", "));
    }

    /** The value as JSON; a missing node when it is not JSON (dead letters may be anything). */
    private static JsonNode parse(String value) {
        try {
            return value == null ? MissingNode.getInstance() : JSON.readTree(value);
        } catch (IOException notJson) {
            return MissingNode.getInstance();
        }
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** A record as seen on the topic: its key, its value as JSON and the raw record (for headers). */
    public record Received(String key, JsonNode envelope, ConsumerRecord<String, String> record) {

        public String eventType() {
            return envelope.path("eventType").asText();
        }

        public String header(String name) {
            var header = record.headers().lastHeader(name);
            return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
