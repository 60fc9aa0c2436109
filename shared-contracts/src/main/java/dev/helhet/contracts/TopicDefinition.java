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

    public String deadLetterTopic() {
        return name + ".dlq";
    }
}
