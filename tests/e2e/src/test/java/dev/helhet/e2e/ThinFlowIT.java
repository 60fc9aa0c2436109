package dev.helhet.e2e;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The thin flow through everything, with nothing mocked: a real Keycloak token → gateway →
 * participants → PostgreSQL → outbox → Kafka → statistics → gateway; and the other municipality
 * sees neither the person nor the count.
 */
@ExtendWith(Platform.class)
class ThinFlowIT {

    private static String gateway;

    @BeforeAll
    static void gateway() {
        gateway = Platform.gatewayUrl();
    }

    @Test
    void aRegisteredPersonIsCountedForTheirMunicipalityOnly() {
        String coordinator = Tokens.user("asker.coordinator");
        String partner = Tokens.partner();
        String harstad = Tokens.user("harstad.coordinator");
        // The statistics service replays the topic from the start; compare counts only once it and the outbox are at rest.
        Settled.participantEvents();
        long askerBefore = participantCount(coordinator);
        long harstadBefore = participantCount(harstad);

        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_PARTICIPANT_V1)) {
            String byCoordinator = register(coordinator, "Amina Hassan");
            String byPartner = register(partner, "Yonas Tesfaye");

            assertTrue(topic.await(event -> byCoordinator.equals(event.key()), Duration.ofSeconds(20)).isPresent(),
                    "ParticipantRegistered for the coordinator's registration reached Kafka");

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> assertEquals(askerBefore + 2, participantCount(coordinator)));

            // The partner system acts for the whole municipality; a coordinator sees only their own people (AuthorizationMatrixIT).
            given().auth().oauth2(partner).when().get(gateway + "/api/v1/participants/" + byPartner)
                    .then().statusCode(200).body("name", equalTo("Yonas Tesfaye"));

            given().auth().oauth2(harstad).when().get(gateway + "/api/v1/participants/" + byCoordinator)
                    .then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(harstad).when().get(gateway + "/api/v1/statistics/overview")
                    .then().statusCode(200)
                    .body("municipalityId", equalTo("harstad"))
                    .body("participants", equalTo((int) harstadBefore));
        }
    }

    @Test
    void anonymousCallsAreRefusedAtTheGatewayAndAtEachService() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Nobody\"}")
                .when().post(gateway + "/api/v1/participants")
                .then().statusCode(401)
                .contentType("application/problem+json");
        for (String service : new String[] {"participants", "coordinators", "agreements", "referrals", "statistics", "notifications"}) {
            String path = switch (service) {
                case "participants" -> "/api/v1/participants";
                case "coordinators" -> "/api/v1/coordinators/organisations";
                case "agreements" -> "/api/v1/agreements/collaboration-agreements";
                case "referrals" -> "/api/v1/referrals/services";
                case "notifications" -> "/api/v1/notifications/subscriptions";
                default -> "/api/v1/statistics/overview";
            };
            given().when().get(Platform.serviceUrl(service) + path).then().statusCode(401);
            // Webhook subscriptions are the partner systems' own; every other list here is a coordinator's.
            String token = service.equals("notifications") ? Tokens.partner() : Tokens.user("asker.coordinator");
            given().auth().oauth2(token).when().get(gateway + path).then().statusCode(200);
        }
    }

    private static String register(String token, String name) {
        return given().auth().oauth2(token)
                .contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post(gateway + "/api/v1/participants")
                .then().statusCode(201)
                .header("Location", startsWith("/api/v1/participants/"))
                .body("municipalityId", equalTo("asker"))
                .extract().path("id");
    }

    private static long participantCount(String token) {
        return given().auth().oauth2(token).when().get(gateway + "/api/v1/statistics/overview")
                .then().statusCode(200)
                .extract().jsonPath().getLong("participants");
    }
}
