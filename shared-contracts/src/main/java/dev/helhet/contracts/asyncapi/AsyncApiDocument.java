package dev.helhet.contracts.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helhet.contracts.EventType;
import dev.helhet.contracts.TopicDefinition;
import dev.helhet.contracts.Topics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * The platform's events as an AsyncAPI 3.0 document, written from the topic catalogue ({@link Topics}) and the JSON
 * Schemas that are the events' source of truth: a channel per topic with its producer, consumers and dead-letter topic,
 * a message per event type (the envelope with the event's payload schema) and an example of each.
 */
public final class AsyncApiDocument {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENVELOPE = "EventEnvelope";

    private AsyncApiDocument() {
    }

    /**
     * The document; {@code example} gives an example envelope for an event type, or null for none.
     */
    public static ObjectNode of(Function<EventType, JsonNode> example) {
        ObjectNode document = JSON.createObjectNode();
        document.put("asyncapi", "3.0.0");
        document.set("info", info());
        document.put("defaultContentType", "application/json");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode messages = components.putObject("messages");
        schemas.set(ENVELOPE, schema("schemas/envelope.v1.json"));
        components.putObject("messageTraits").set("KafkaHeaders", headersTrait());

        for (TopicDefinition topic : Topics.ALL) {
            String channelId = camel(topic.name());
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", topic.name());
            channel.put("title", topic.name());
            channel.put("description", "Produced by " + (Topics.EVERY_SERVICE.equals(topic.producer()) ? "every service" : topic.producer())
                    + "; consumed by " + String.join(", ", topic.consumers()) + ". Records are keyed by the aggregate id, so one"
                    + " aggregate's events arrive in order; " + topic.partitions() + " partitions; a record no consumer can handle goes"
                    + " to `" + topic.deadLetterTopic() + "`.");
            channel.putObject("bindings").putObject("kafka").put("topic", topic.name()).put("partitions", topic.partitions())
                    .put("bindingVersion", "0.5.0");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("produce" + Character.toUpperCase(channelId.charAt(0)) + channelId.substring(1));
            operation.put("action", "send");
            operation.put("summary", "What " + (Topics.EVERY_SERVICE.equals(topic.producer()) ? "every service" : topic.producer())
                    + " publishes on " + topic.name());
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            ArrayNode operationMessages = operation.putArray("messages");
            operation.putArray("x-consumers").addAll(topic.consumers().stream().map(JSON.getNodeFactory()::textNode).toList());

            for (EventType event : Topics.eventTypes().stream().filter(type -> type.topic().equals(topic.name()))
                    .sorted(java.util.Comparator.comparing(EventType::name)).toList()) {
                ObjectNode payload = schema(event.schemaResource());
                schemas.set(event.name(), payload);
                messages.set(event.name(), message(event, payload, example.apply(event)));
                channelMessages.putObject(event.name()).put("$ref", "#/components/messages/" + event.name());
                operationMessages.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + event.name());
            }
        }
        return document;
    }

    private static ObjectNode info() {
        ObjectNode info = JSON.createObjectNode();
        info.put("title", "Helhet events");
        info.put("version", "1.0.0");
        info.put("description", "Every integration event of the platform, on its Kafka topic, in the common envelope. Topics carry"
                + " ids, codes and dates, never a name, a national identity number, contact details or free text about a person."
                + " Within a topic's major version changes only add; a consumer ignores fields it does not know. A breaking change"
                + " is a new topic `<service>.<aggregate>.v<major+1>`, published beside the old one until its sunset"
                + " (docs/partners.md, Versioning).");
        info.putObject("license").put("name", "EUPL-1.2");
        return info;
    }

    private static ObjectNode headersTrait() {
        ObjectNode trait = JSON.createObjectNode();
        ObjectNode headers = trait.putObject("headers");
        headers.put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("eventType").put("type", "string").put("description", "The envelope's eventType, to route without parsing");
        properties.putObject("eventId").put("type", "string").put("format", "uuid").put("description", "The envelope's eventId");
        properties.putObject("traceparent").put("type", "string").put("description", "W3C trace context, when there was a request");
        return trait;
    }

    private static ObjectNode message(EventType event, ObjectNode payload, JsonNode example) {
        ObjectNode message = JSON.createObjectNode();
        message.put("name", event.name());
        message.put("title", event.name());
        message.put("summary", payload.path("description").asText(event.name()));
        message.put("contentType", "application/json");
        message.putArray("traits").addObject().put("$ref", "#/components/messageTraits/KafkaHeaders");
        message.putObject("bindings").putObject("kafka").put("bindingVersion", "0.5.0")
                .putObject("key").put("type", "string").put("description", "The aggregate id");
        ObjectNode schema = message.putObject("payload");
        ArrayNode allOf = schema.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/" + ENVELOPE);
        ObjectNode specific = allOf.addObject();
        specific.put("type", "object");
        ObjectNode properties = specific.putObject("properties");
        properties.putObject("eventType").put("const", event.name());
        properties.putObject("eventVersion").put("const", event.version());
        properties.putObject("payload").put("$ref", "#/components/schemas/" + event.name());
        if (example != null) {
            message.putArray("examples").addObject().put("name", event.name()).set("payload", example);
        }
        return message;
    }

    /** A JSON Schema of the catalogue, without the keywords that name it as a file ($schema, $id). */
    private static ObjectNode schema(String resource) {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No schema " + resource);
            }
            ObjectNode schema = (ObjectNode) JSON.readTree(in);
            schema.remove("$schema");
            schema.remove("$id");
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code participants.participant.v1} → {@code participantsParticipantV1}. */
    static String camel(String topic) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : topic.toCharArray()) {
            if (c == '.' || c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
