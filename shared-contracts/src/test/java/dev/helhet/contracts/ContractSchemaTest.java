package dev.helhet.contracts;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON Schemas are the source of truth: records, golden examples and the topic list must agree with them. */
class ContractSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final JsonSchema ENVELOPE = schema("schemas/envelope.v1.json");

    @TestFactory
    Stream<DynamicTest> goldenExamplesMatchTheirSchemasAndRecords() {
        return Topics.eventTypes().stream().map(type -> DynamicTest.dynamicTest(type.topic() + "/" + type.name(), () -> {
            JsonNode golden = readTree("golden/" + type.topic() + "/" + type.name() + ".json");
            assertValid(type, golden);
            assertEquals(type.name(), golden.get("eventType").asText());
            assertEquals(type.version(), golden.get("eventVersion").asInt());

            JavaType envelopeOfPayload = JSON.getTypeFactory()
                    .constructParametricType(EventEnvelope.class, type.payloadType());
            EventEnvelope<?> parsed = JSON.convertValue(golden, envelopeOfPayload);
            JsonNode roundTrip = JSON.valueToTree(parsed);
            assertEquals(golden, roundTrip, "the record loses or adds fields compared with the golden example");
        }));
    }

    @TestFactory
    Stream<DynamicTest> recordComponentsAreExactlyTheSchemaProperties() {
        return Topics.eventTypes().stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            JsonNode schema = readTree(type.schemaResource());
            Set<String> schemaProperties = new TreeSet<>();
            schema.get("properties").fieldNames().forEachRemaining(schemaProperties::add);
            Set<String> components = Arrays.stream(type.payloadType().getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(schemaProperties, components);
            assertFalse(schema.path("additionalProperties").asBoolean(true),
                    "payload schemas close their properties so a typo in a producer is caught here");
        }));
    }

    @Test
    void everySchemaFileBelongsToADeclaredEvent() throws IOException, URISyntaxException {
        Path root = Path.of(ContractSchemaTest.class.getClassLoader().getResource("schemas").toURI());
        Set<String> declared = Topics.eventTypes().stream().map(EventType::schemaResource).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(root)) {
            List<String> orphans = files.filter(Files::isRegularFile)
                    .map(file -> "schemas/" + root.relativize(file).toString().replace('\\', '/'))
                    .filter(resource -> !resource.equals("schemas/envelope.v1.json"))
                    .filter(resource -> !declared.contains(resource))
                    .toList();
            assertTrue(orphans.isEmpty(), "schemas without a declared event in Topics.ALL: " + orphans);
        }
    }

    @Test
    void anEnvelopeBuiltByProducersIsValid() {
        UUID participantId = UUID.randomUUID();
        var envelope = EventEnvelope.wrap(
                new dev.helhet.contracts.participants.ParticipantRegistered(participantId, "18-24"),
                "harstad", participantId.toString(), new Actor(Actor.Type.USER, UUID.randomUUID().toString()),
                null, Instant.parse("2026-11-22T10:00:00Z"));
        assertValid(Topics.typeOf(envelope.payload().getClass()), JSON.valueToTree(envelope));
    }

    @Test
    void theSchemasRejectWhatTheyMust() {
        EventType type = Topics.typeOf(dev.helhet.contracts.participants.ParticipantRegistered.class);
        JsonNode golden = readTree("golden/" + type.topic() + "/" + type.name() + ".json");

        ObjectNode extraPayloadField = golden.deepCopy();
        ((ObjectNode) extraPayloadField.get("payload")).put("nationalId", "01010112345");
        assertFalse(payloadSchema(type).validate(extraPayloadField.get("payload")).isEmpty(),
                "a national id smuggled into the payload must be refused");

        ObjectNode badId = golden.deepCopy();
        badId.put("eventId", "not-a-uuid");
        assertFalse(ENVELOPE.validate(badId).isEmpty());

        ObjectNode noMunicipality = golden.deepCopy();
        noMunicipality.remove("municipalityId");
        assertFalse(ENVELOPE.validate(noMunicipality).isEmpty());
    }

    @Test
    void topicNamesFollowTheConvention() {
        for (TopicDefinition topic : Topics.ALL) {
            if (!topic.producer().equals(Topics.EVERY_SERVICE)) {
                assertTrue(topic.name().startsWith(topic.producer() + "."), topic.name() + " is owned by " + topic.producer());
            }
            assertFalse(topic.events().isEmpty());
            assertTrue(topic.partitions() >= 1);
        }
    }

    private static void assertValid(EventType type, JsonNode envelope) {
        Set<ValidationMessage> envelopeErrors = ENVELOPE.validate(envelope);
        assertTrue(envelopeErrors.isEmpty(), "envelope: " + envelopeErrors);
        Set<ValidationMessage> payloadErrors = payloadSchema(type).validate(envelope.get("payload"));
        assertTrue(payloadErrors.isEmpty(), type.name() + ": " + payloadErrors);
    }

    private static JsonSchema payloadSchema(EventType type) {
        return schema(type.schemaResource());
    }

    private static JsonSchema schema(String resource) {
        try (InputStream in = ContractSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "missing schema " + resource);
            return SCHEMAS.getSchema(JSON.readTree(in), STRICT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String resource) {
        try (InputStream in = ContractSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
