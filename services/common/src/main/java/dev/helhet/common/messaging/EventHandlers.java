package dev.helhet.common.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.contracts.EventEnvelope;
import dev.helhet.contracts.EventType;
import dev.helhet.contracts.IntegrationEvent;
import dev.helhet.contracts.Topics;
import io.smallrye.mutiny.Uni;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * What one consumer does with each event type of one topic, keyed by payload class: the catalogue
 * ({@link Topics}) maps an envelope's type name to its payload class, so a handler receives a typed record
 * and a handler for an event the topic does not carry fails at start-up, not when the first record comes.
 * Event types without a handler are skipped (a topic may carry more than a consumer needs).
 */
public final class EventHandlers {

    /** What to do with one event: its payload and the envelope around it (municipality, time, actor). */
    @FunctionalInterface
    public interface Handler<P extends IntegrationEvent> extends BiFunction<P, EventEnvelope<JsonNode>, Uni<Void>> {
    }

    private final String topic;
    private final Map<Class<? extends IntegrationEvent>, Handler<? extends IntegrationEvent>> handlers;

    private EventHandlers(String topic, Map<Class<? extends IntegrationEvent>, Handler<? extends IntegrationEvent>> handlers) {
        this.topic = topic;
        this.handlers = Map.copyOf(handlers);
    }

    /** Starts the handlers of a topic of the catalogue. */
    public static EventHandlers forTopic(String topic) {
        if (Topics.ALL.stream().noneMatch(definition -> definition.name().equals(topic))) {
            throw new IllegalArgumentException(topic + " is not a topic of Topics.ALL");
        }
        return new EventHandlers(topic, Map.of());
    }

    /** Adds the handler of one payload class; it must be declared on this topic. */
    public <P extends IntegrationEvent> EventHandlers on(Class<P> payloadType, Handler<P> handler) {
        EventType type = Topics.typeOf(payloadType);
        if (!type.topic().equals(topic)) {
            throw new IllegalArgumentException(payloadType.getSimpleName() + " travels on " + type.topic() + ", not on " + topic);
        }
        Map<Class<? extends IntegrationEvent>, Handler<? extends IntegrationEvent>> more = new LinkedHashMap<>(handlers);
        if (more.put(payloadType, handler) != null) {
            throw new IllegalArgumentException(payloadType.getSimpleName() + " has a handler already");
        }
        return new EventHandlers(topic, more);
    }

    public String topic() {
        return topic;
    }

    /** The payload classes handled. */
    public Set<Class<? extends IntegrationEvent>> handled() {
        return handlers.keySet();
    }

    /** Runs the handler of the envelope's event type; nothing for a type this consumer does not use. */
    public Uni<Void> dispatch(EventEnvelope<JsonNode> envelope, EventReader reader) {
        return Topics.find(topic, envelope.eventType())
                .filter(type -> handlers.containsKey(type.payloadType()))
                .map(type -> run(type.payloadType(), envelope, reader))
                .orElseGet(() -> Uni.createFrom().voidItem());
    }

    private <P extends IntegrationEvent> Uni<Void> run(Class<P> payloadType, EventEnvelope<JsonNode> envelope, EventReader reader) {
        @SuppressWarnings("unchecked") // on() files each handler under the class of the payload it takes
        Handler<P> handler = (Handler<P>) handlers.get(payloadType);
        return handler.apply(reader.payload(envelope, payloadType), envelope);
    }
}
