package dev.helhet.common.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the records a service sets aside in dead-letter topics, as {@code helhet_events_dead_lettered_total} by
 * dead-letter topic: what the chart's HelhetDeadLetters alert and the dashboard read. Kafka's own producer metrics
 * do not reach Micrometer for the dead-letter producer, so the count is kept here.
 */
@ApplicationScoped
public class DeadLetterCount {

    private static final String INCOMING = "mp.messaging.incoming.";

    private final MeterRegistry metrics;
    private final Config config;
    private final Map<String, Counter> byTopic = new ConcurrentHashMap<>();

    public DeadLetterCount(MeterRegistry metrics, Config config) {
        this.metrics = metrics;
        this.config = config;
    }

    /**
     * Every incoming channel's dead-letter topic is counted from 0 at start: Prometheus' increase() cannot see a
     * series' first sample, so a counter made at the first dead letter would never fire the alert for it.
     */
    void startAtZero(@Observes StartupEvent started) {
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(INCOMING) && name.endsWith(".topic") && !name.endsWith(".dead-letter-queue.topic")) {
                String channel = name.substring(INCOMING.length(), name.length() - ".topic".length());
                counter(deadLetterTopic(channel).orElse(config.getValue(name, String.class) + ".dlq"));
            }
        }
    }

    /** A record of an incoming channel went to the channel's dead-letter topic (failure-strategy dead-letter-queue). */
    public void ofChannel(String channel) {
        of(deadLetterTopic(channel).orElse(channel + " (dead-letter topic not configured)"));
    }

    /** A record went to {@code deadLetterTopic}. */
    public void of(String deadLetterTopic) {
        counter(deadLetterTopic).increment();
    }

    private java.util.Optional<String> deadLetterTopic(String channel) {
        return config.getOptionalValue(INCOMING + channel + ".dead-letter-queue.topic", String.class);
    }

    private Counter counter(String deadLetterTopic) {
        return byTopic.computeIfAbsent(deadLetterTopic, topic -> Counter.builder("helhet.events.dead.lettered")
                .description("Records set aside in a dead-letter topic")
                .tag("topic", topic)
                .register(metrics));
    }
}
