package dev.helhet.testing;

import dev.helhet.contracts.TopicDefinition;
import dev.helhet.contracts.Topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Checks a service's Kafka channels against the topic catalogue ({@link Topics}): it consumes exactly the topics
 * that name it as a consumer, each through one channel that reads strings, dead-letters to the topic's DLQ and
 * commits throttled, retrying failed commits. A consumer added in code but not in the catalogue (or the reverse) fails here, not in a region.
 */
public final class ChannelCatalogue {

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([a-z-]+)\\.topic");

    private ChannelCatalogue() {
    }

    /** Asserts that the service's application.properties (on the classpath) matches the catalogue. */
    public static void assertMatches(String service) {
        Properties config = applicationProperties();
        Map<String, String> channels = new TreeMap<>();
        for (String key : config.stringPropertyNames()) {
            Matcher incoming = INCOMING_TOPIC.matcher(key);
            if (incoming.matches()) {
                channels.put(incoming.group(1), config.getProperty(key));
            }
        }
        Set<String> expected = new TreeSet<>();
        for (TopicDefinition topic : Topics.ALL) {
            if (topic.consumers().contains(service)) {
                expected.add(topic.name());
            }
        }
        assertEquals(expected, new TreeSet<>(channels.values()),
                service + " consumes the topics Topics.ALL names it a consumer of, and no others");
        assertEquals(channels.size(), new TreeSet<>(channels.values()).size(), "one channel per topic: " + channels);
        channels.forEach((channel, topic) -> {
            String prefix = "mp.messaging.incoming." + channel + ".";
            assertEquals("smallrye-kafka", config.getProperty(prefix + "connector"), channel);
            assertEquals("dead-letter-queue", config.getProperty(prefix + "failure-strategy"), channel);
            String dlq = Topics.ALL.stream().filter(definition -> definition.name().equals(topic)).findFirst().orElseThrow().deadLetterTopic();
            assertEquals(dlq, config.getProperty(prefix + "dead-letter-queue.topic"), channel);
            assertEquals("org.apache.kafka.common.serialization.StringDeserializer", config.getProperty(prefix + "value.deserializer"), channel);
            assertEquals("throttled-retried", config.getProperty(prefix + "commit-strategy"), channel + " commits throttled, retrying failed commits");
        });
    }

    private static Properties applicationProperties() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
