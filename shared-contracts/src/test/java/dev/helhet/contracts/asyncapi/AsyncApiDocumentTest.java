package dev.helhet.contracts.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.contracts.EventType;
import dev.helhet.contracts.TopicDefinition;
import dev.helhet.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AsyncAPI document the build wrote names every topic of the catalogue and every event, each with an example. */
class AsyncApiDocumentTest {

    @Test
    void everyTopicIsAChannelAndEveryEventAMessageWithAnExample() throws Exception {
        JsonNode document;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi/helhet-events.json")) {
            assertNotNull(in, "the build writes asyncapi/helhet-events.json into the classes");
            document = new ObjectMapper().readTree(in);
        }
        assertEquals("3.0.0", document.path("asyncapi").asText());

        Set<String> addresses = new TreeSet<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));
        assertEquals(Topics.ALL.stream().map(TopicDefinition::name).collect(Collectors.toCollection(TreeSet::new)), addresses);

        for (EventType event : Topics.eventTypes()) {
            JsonNode message = document.path("components").path("messages").path(event.name());
            assertTrue(message.isObject(), "no message for " + event.name());
            JsonNode example = message.path("examples").path(0).path("payload");
            assertEquals(event.name(), example.path("eventType").asText(), "the example of " + event.name());
            String channel = AsyncApiDocument.camel(event.topic());
            assertTrue(document.path("channels").path(channel).path("messages").has(event.name()),
                    event.name() + " is not on its topic's channel");
        }
    }
}
