package dev.helhet.participants.rest;

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
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Registering and reading participants over HTTP, with real Keycloak tokens, PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ParticipantResourceTest {

    private static final String PATH = "/api/v1/participants";

    @Test
    void registersAPersonInTheCallersMunicipalityAndPublishesTheEvent() {
        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_PARTICIPANT_V1)) {
            String id = given().auth().oauth2(Tokens.user("asker.coordinator"))
                    .contentType(ContentType.JSON)
                    .body("{\"name\": \"  Amina Hassan \", \"municipalityId\": \"harstad\", \"id\": \"00000000-0000-0000-0000-000000000001\"}")
                    .when().post(PATH)
                    .then().statusCode(201)
                    .header("Location", containsString(PATH + "/"))
                    .body("name", equalTo("Amina Hassan"))
                    .body("municipalityId", equalTo("asker"))
                    .body("id", not(equalTo("00000000-0000-0000-0000-000000000001")))
                    .extract().path("id");

            given().auth().oauth2(Tokens.user("asker.coordinator"))
                    .when().get(PATH + "/" + id)
                    .then().statusCode(200)
                    .body("name", equalTo("Amina Hassan"))
                    .body("registeredAt", notNullValue());

            KafkaProbe.Received event = topic.await(received -> id.equals(received.key()), Duration.ofSeconds(15))
                    .orElseThrow(() -> new AssertionError("ParticipantRegistered did not reach Kafka"));
            assertEquals("ParticipantRegistered", event.eventType());
            assertEquals("asker", event.envelope().get("municipalityId").asText());
            assertEquals(id, event.envelope().at("/payload/participantId").asText());
            assertEquals("user", event.envelope().at("/actor/type").asText());
            assertEquals("ParticipantRegistered", event.header("eventType"));
            assertFalse(event.record().value().contains("Amina"), "no name travels on the topic");
        }
    }

    @Test
    void anotherMunicipalitySeesNothing() {
        String id = register("asker.coordinator", "Omar Ali");

        given().auth().oauth2(Tokens.user("harstad.coordinator"))
                .when().get(PATH + "/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:not-found"))
                .body("detail", not(containsString("asker")));

        given().auth().oauth2(Tokens.user("harstad.coordinator"))
                .when().get(PATH + "?size=200")
                .then().statusCode(200)
                .body("items.municipalityId", everyItem(equalTo("harstad")))
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void aMemberOfSeveralMunicipalitiesMustChooseOne() {
        given().auth().oauth2(Tokens.user("regional.coordinator"))
                .when().get(PATH)
                .then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:no-active-municipality"));

        String both = Tokens.user("regional.coordinator", "openid organization:*");
        given().auth().oauth2(both)
                .when().get(PATH)
                .then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:no-active-municipality"));

        given().auth().oauth2(both).header("X-Helhet-Municipality", "harstad")
                .contentType(ContentType.JSON).body("{\"name\": \"Sara Nilsen\"}")
                .when().post(PATH)
                .then().statusCode(201)
                .body("municipalityId", equalTo("harstad"));

        given().auth().oauth2(Tokens.user("regional.coordinator", "openid organization:harstad"))
                .header("X-Helhet-Municipality", "asker")
                .when().get(PATH)
                .then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:municipality-not-permitted"));
    }

    @Test
    void refusesCallersWithoutTokenMunicipalityOrRole() {
        ServiceBasics.assertGuarded(PATH);

        given().auth().oauth2(Tokens.user("asker.admin"))
                .contentType(ContentType.JSON).body("{\"name\": \"Not For Admins\"}")
                .when().post(PATH)
                .then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:forbidden"));
    }

    @Test
    void explainsInvalidRequests() {
        String token = Tokens.user("asker.coordinator");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\": \"   \"}")
                .when().post(PATH)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:validation"))
                .body("errors[0].field", equalTo("name"));

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\": \"x\", }")
                .when().post(PATH)
                .then().statusCode(400)
                .body("type", equalTo("urn:helhet:problem:malformed-json"));

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\": [1, 2]}")
                .when().post(PATH)
                .then().statusCode(400)
                .body("type", equalTo("urn:helhet:problem:validation"))
                .body("errors[0].field", equalTo("name"));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .when().post(PATH)
                .then().statusCode(400)
                .body("type", equalTo("urn:helhet:problem:validation"));

        given().auth().oauth2(token).contentType(ContentType.TEXT).body("name=x")
                .when().post(PATH)
                .then().statusCode(415)
                .body("type", equalTo("urn:helhet:problem:unsupported-media-type"));

        given().auth().oauth2(token)
                .when().get(PATH + "/not-a-uuid")
                .then().statusCode(404)
                .body("type", equalTo("urn:helhet:problem:not-found"));

        given().auth().oauth2(token)
                .when().get(PATH + "?size=100000")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void listsNewestFirstWithPaging() {
        String older = register("asker.coordinator", "Første Person");
        String newer = register("asker.coordinator", "Andre Person");
        given().auth().oauth2(Tokens.user("asker.coordinator"))
                .when().get(PATH + "?page=0&size=2")
                .then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].id", equalTo(newer))
                .body("items[1].id", equalTo(older))
                .body("total", greaterThanOrEqualTo(2));
    }

    @Test
    void servesHealthMetricsAndOpenApiWithoutAToken() {
        ServiceBasics.assertOperational("Helhet participants API");
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/participants'.post.summary", equalTo("Register a person"));
    }

    private static String register(String user, String name) {
        return given().auth().oauth2(Tokens.user(user))
                .contentType(ContentType.JSON).body("{\"name\": \"" + name + "\"}")
                .when().post(PATH)
                .then().statusCode(201)
                .extract().path("id");
    }
}
