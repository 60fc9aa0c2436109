package dev.helhet.common.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final MeterRegistry metrics;
    private final Config config;
    private final Map<String, Counter> byTopic = new ConcurrentHashMap<>();

    public DeadLetterCount(MeterRegistry metrics, Config config) {
        this.metrics = metrics;
        this.config = config;
    }

    /** A record of an incoming channel went to the channel's dead-letter topic (failure-strategy dead-letter-queue). */
    public void ofChannel(String channel) {
        of(config.getOptionalValue("mp.messaging.incoming." + channel + ".dead-letter-queue.topic", String.class)
                .orElse(channel + " (dead-letter topic not configured)"));
    }

    /** A record went to {@code deadLetterTopic}. */
    public void of(String deadLetterTopic) {
        byTopic.computeIfAbsent(deadLetterTopic, topic -> Counter.builder("helhet.events.dead.lettered")
                .description("Records set aside in a dead-letter topic")
                .tag("topic", topic)
                .register(metrics)).increment();
    }
}
