package dev.helhet.statistics;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overview is built from real Kafka events, counts each event once, and shows one municipality only. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "statistics"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class StatisticsOverviewTest {

    private static final String OVERVIEW = "/api/v1/statistics/overview";
    private static final String TOPIC = Topics.PARTICIPANTS_PARTICIPANT_V1;

    @Test
    void countsEachRegistrationOnceInItsOwnMunicipality() {
        awaitCaughtUp();
        long askerBefore = participants("asker.coordinator");
        long harstadBefore = participants("harstad.coordinator");

        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String firstEvent = registered(UUID.randomUUID(), first, "asker");
        KafkaProbe.send(TOPIC, first, firstEvent);
        KafkaProbe.send(TOPIC, second, registered(UUID.randomUUID(), second, "asker"));
        KafkaProbe.send(TOPIC, first, firstEvent); // redelivery of the same event

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(askerBefore + 2, participants("asker.coordinator")));
        awaitCaughtUp();
        assertEquals(askerBefore + 2, participants("asker.coordinator"), "a redelivered event counts once");
        assertEquals(harstadBefore, participants("harstad.coordinator"), "Harstad sees only Harstad");

        given().auth().oauth2(Tokens.user("harstad.coordinator"))
                .when().get(OVERVIEW)
                .then().statusCode(200)
                .body("municipalityId", equalTo("harstad"));
    }

    @Test
    void sendsUnreadableRecordsToTheDeadLetterTopic() {
        try (KafkaProbe deadLetters = KafkaProbe.watch(TOPIC + ".dlq")) {
            String key = "broken-" + UUID.randomUUID();
            KafkaProbe.send(TOPIC, key, "{\"eventId\": \"not an envelope\"");
            assertTrue(deadLetters.await(received -> key.equals(received.key()), Duration.ofSeconds(20)).isPresent(),
                    "the unreadable record reached " + TOPIC + ".dlq");
        }
    }

    @Test
    void guardsTheApiAndServesOperationsEndpoints() {
        ServiceBasics.assertGuarded(OVERVIEW);
        // Aggregates are for analysts, team leads, admins and coordinators; not for the person or a professional of another service.
        ServiceBasics.assertRefusedTo(OVERVIEW, "amina.hassan", "asker.professional");
        ServiceBasics.assertOperational("Helhet statistics API");
    }

    private static long participants(String user) {
        return given().auth().oauth2(Tokens.user(user))
                .when().get(OVERVIEW)
                .then().statusCode(200)
                .extract().jsonPath().getLong("participants");
    }

    private static void awaitCaughtUp() {
        String group = ConfigProvider.getConfig().getValue("kafka.group.id", String.class);
        KafkaProbe.awaitCaughtUp(group, TOPIC, Duration.ofSeconds(30));
    }

    private static String registered(UUID eventId, String participantId, String municipality) {
        return """
                {"eventId": "%s", "eventType": "ParticipantRegistered", "eventVersion": 1,
                 "occurredAt": "%s", "municipalityId": "%s", "aggregateId": "%s",
                 "actor": {"type": "user", "subject": "test"}, "traceparent": null,
                 "payload": {"participantId": "%s", "addedLater": "consumers ignore unknown fields"}}
                """.formatted(eventId, Instant.now(), municipality, participantId, participantId);
    }
}
