package dev.helhet.common.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.contracts.EventEnvelope;
import dev.helhet.contracts.IntegrationEvent;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads envelopes from Kafka record values. Unknown fields are ignored, so producers can add
 * fields within a major version without breaking consumers.
 */
@ApplicationScoped
public class EventReader {

    private static final TypeReference<EventEnvelope<JsonNode>> ENVELOPE = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public EventReader(ObjectMapper json) {
        this.json = json;
    }

    /** Parses an envelope; fails with {@link UnreadableEventException} (dead-lettered) when it is not one. */
    public EventEnvelope<JsonNode> envelope(String value) {
        try {
            EventEnvelope<JsonNode> envelope = json.readValue(value, ENVELOPE);
            if (envelope.eventId() == null || envelope.eventType() == null || envelope.municipalityId() == null) {
                throw new UnreadableEventException("The envelope lacks eventId, eventType or municipalityId");
            }
            return envelope;
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("The record is not an event envelope: " + e.getOriginalMessage());
        }
    }

    public <P extends IntegrationEvent> P payload(EventEnvelope<JsonNode> envelope, Class<P> type) {
        try {
            return json.treeToValue(envelope.payload(), type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException(envelope.eventType() + " " + envelope.eventId()
                    + " has a payload that does not match its schema: " + e.getOriginalMessage());
        }
    }

    /** An event that can never be processed, however often it is retried. */
    public static final class UnreadableEventException extends RuntimeException {
        public UnreadableEventException(String message) {
            super(message);
        }
    }
}
