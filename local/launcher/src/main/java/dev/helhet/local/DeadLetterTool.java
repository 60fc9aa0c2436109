package dev.helhet.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Brings dead letters back after a fix (docs/operations.md, "A record in the dead letters"):
 * <pre>
 *   dead-letters export --topic T --file F   every record now in T.dlq, once each, as JSON lines an operator can read and correct
 *   dead-letters replay --file F             sends each line's record back to the topic it came from
 * </pre>
 * Several consumers of a topic dead-letter the same record; it is exported once. Replaying to the topic reaches every
 * consumer again, which is safe: they apply an event id once. Kafka is the profile's, or {@code --bootstrap} with
 * {@code --kafka-config} (a client properties file: SASL, TLS) for a region's cluster.
 */
public final class DeadLetterTool {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEAD_LETTER_HEADER_PREFIX = "dead-letter-";

    private final Properties kafka;

    public DeadLetterTool(Properties kafka) {
        this.kafka = kafka;
    }

    static void main(String[] args, StackProfile profile) {
        Properties kafka = new Properties();
        String config = Launcher.option(args, "--kafka-config", null);
        if (config != null) {
            try (InputStream in = Files.newInputStream(Path.of(config))) {
                kafka.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + config, e);
            }
        }
        // --bootstrap, else the client file's; the local stack's only when no client file is given, so that a region's
        // export or replay never reaches the local stack by an omission.
        String bootstrap = Launcher.option(args, "--bootstrap", kafka.getProperty("bootstrap.servers", config == null ? profile.kafkaBootstrapServers() : null));
        if (bootstrap == null) {
            throw new IllegalArgumentException(config + " names no bootstrap.servers: give it there or with --bootstrap");
        }
        kafka.put("bootstrap.servers", bootstrap);
        DeadLetterTool tool = new DeadLetterTool(kafka);
        String action = args.length > 1 ? args[1] : "";
        Path file = Path.of(required(args, "--file"));
        switch (action) {
            case "export" -> Console.info(tool.export(required(args, "--topic"), file) + " dead letters written to " + file);
            case "replay" -> Console.info(tool.replay(file) + " records sent back to their topics");
            default -> throw new IllegalArgumentException("dead-letters export --topic T --file F | dead-letters replay --file F");
        }
    }

    /** Writes every record now on {@code topic}'s dead-letter topic to {@code file}, once each; the number written. */
    public int export(String topic, Path file) {
        Map<String, ObjectNode> distinct = new LinkedHashMap<>();
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic + ".dlq", Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read " + topic + ".dlq to its end within 60 s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    ObjectNode line = line(topic, record);
                    // The same record dead-lettered by several consumers: the first copy, with every consumer's reason.
                    ObjectNode first = distinct.putIfAbsent(record.key() + "\u0000" + record.value(), line);
                    if (first != null) {
                        first.withArray("reasons").addAll(line.withArray("reasons"));
                    }
                }
            }
        }
        try {
            // The records may hold personal data a broken producer put there: readable by the operator only.
            Files.deleteIfExists(file);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ObjectNode line : distinct.values()) {
                out.write(JSON.writeValueAsString(line));
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return distinct.size();
    }

    /** Sends each exported (and perhaps corrected) record back to its topic, with its key and original headers; the number sent. */
    public int replay(Path file) {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        int sent = 0;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (text.isBlank()) {
                    continue;
                }
                JsonNode line = JSON.readTree(text);
                ProducerRecord<String, String> record = new ProducerRecord<>(line.path("topic").asText(),
                        textOrNull(line.path("key")), valueOf(line.path("value")));
                line.path("headers").properties().forEach(header ->
                        record.headers().add(header.getKey(), header.getValue().asText().getBytes(StandardCharsets.UTF_8)));
                producer.send(record).get(30, TimeUnit.SECONDS);
                sent++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Replay stopped after " + sent + " records: " + e.getMessage(), e);
        }
        return sent;
    }

    private static String textOrNull(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    /** The record's value: exported as a JSON string; an operator may have replaced it by the JSON object itself. */
    private static String valueOf(JsonNode value) {
        return value.isTextual() || value.isNull() || value.isMissingNode() ? textOrNull(value) : value.toString();
    }

    private static ObjectNode line(String topic, ConsumerRecord<String, String> record) {
        ObjectNode line = JSON.createObjectNode();
        Map<String, String> headers = new HashMap<>();
        String reason = null;
        for (Header header : record.headers()) {
            String value = header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
            if (header.key().equals("dead-letter-reason")) {
                reason = value;
            } else if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                headers.put(header.key(), value);
            }
        }
        line.put("topic", topic);
        line.put("key", record.key());
        line.withArray("reasons").add(reason == null ? "(none given)" : reason);
        line.put("deadLetteredAt", Instant.ofEpochMilli(record.timestamp()).toString());
        ObjectNode headerNode = line.putObject("headers");
        headers.forEach(headerNode::put);
        line.put("value", record.value());
        return line;
    }

    private static String required(String[] args, String name) {
        String value = Launcher.option(args, name, null);
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
