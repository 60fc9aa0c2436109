package dev.helhet.contracts;

import java.util.List;

/**
 * A Kafka topic declared as code, with the service that owns (produces) it and the services that
 * consume it. Topic names follow {@code <service>.<aggregate>.v<major>}; records are keyed by
 * aggregate id; failed records go to {@code <name>.dlq}.
 */
public record TopicDefinition(
        String name,
        int partitions,
        String producer,
        List<String> consumers,
        List<Class<? extends IntegrationEvent>> events) {

    public TopicDefinition {
        if (!name.matches("[a-z]+\\.[a-z-]+\\.v[0-9]+")) {
            throw new IllegalArgumentException("Topic name must be <service>.<aggregate>.v<major>: " + name);
        }
        consumers = List.copyOf(consumers);
        events = List.copyOf(events);
    }

    /** The schema major version, taken from the name's {@code v<major>} suffix. */
    public int majorVersion() {
        return Integer.parseInt(name.substring(name.lastIndexOf(".v") + 2));
    }

    /**
     * The topic's settings beyond the broker's defaults: a topic a read model is rebuilt from keeps every event
     * (ADR 0028), since a rebuild can reach back only as far as the topic does.
     */
    public java.util.Map<String, String> config() {
        return consumers.contains(Topics.REBUILT_FROM_THE_START) ? java.util.Map.of("retention.ms", "-1") : java.util.Map.of();
    }

    public String deadLetterTopic() {
        return name + ".dlq";
    }
}
