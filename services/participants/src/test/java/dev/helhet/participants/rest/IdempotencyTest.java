package dev.helhet.participants.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static dev.helhet.participants.rest.Api.register;
import static dev.helhet.testing.SafeRetries.assertSafeToRetry;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Every creating operation of the participants API is safe to retry with an Idempotency-Key (docs/adr/0038). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class IdempotencyTest {

    @Test
    void registeringAgainWithTheSameKeyAnswersTheFirstRegistration() {
        CareEvents.coordinatorKnown();
        assertSafeToRetry(Api::asker, PARTICIPANTS, "{\"name\": \"Ingrid Gjentatt\"}", "{\"name\": \"Ingrid Gjentatt Annen\"}",
                () -> named("Ingrid Gjentatt"));
    }

    @Test
    void recordingAConsentAgainRecordsItOnce() {
        CareEvents.organisations();
        String consents = PARTICIPANTS + "/" + register("Sofie Samtykke") + "/consents";
        String grant = """
                {"receiver": {"type": "organisation", "organisationId": "%s"}, "categories": [%s], "purpose": "Samarbeid",
                 "validTo": "%s", "recordedHow": "signed-form"}""";
        String validTo = Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertSafeToRetry(Api::asker, consents, grant.formatted(CareEvents.NAV, "\"basic\", \"health\"", validTo),
                grant.formatted(CareEvents.NAV, "\"basic\"", validTo), () -> count(consents));
    }

    @Test
    void addingANetworkPersonAgainAddsThemOnce() {
        String network = PARTICIPANTS + "/" + register("Nils Nettverk") + "/network";
        assertSafeToRetry(Api::asker, network, "{\"name\": \"Kari Nettverk\", \"relation\": \"søster\"}",
                "{\"name\": \"Kari Nettverk\", \"relation\": \"tante\"}", () -> count(network));
    }

    @Test
    void enrollingAgainEnrolsOnce() {
        String programmes = PARTICIPANTS + "/" + register("Eva Program") + "/programmes";
        assertSafeToRetry(Api::asker, programmes,
                "{\"programme\": \"introduction-programme\", \"startDate\": \"2026-05-04\", \"settlementDate\": \"2026-01-15\"}",
                "{\"programme\": \"introduction-programme\", \"startDate\": \"2026-05-11\", \"settlementDate\": \"2026-01-15\"}",
                () -> count(programmes));
    }

    @Test
    void concurrentRetriesCreateOneRecordAndAllGetItOrAreToldToWait() throws Exception {
        CareEvents.coordinatorKnown();
        String key = UUID.randomUUID().toString();
        String token = dev.helhet.testing.Tokens.user("asker.coordinator");
        Callable<Response> register = () -> io.restassured.RestAssured.given().auth().oauth2(token)
                .contentType("application/json").header("Idempotency-Key", key)
                .body("{\"name\": \"Samtidig Samuelsen\"}").when().post(PARTICIPANTS);
        ExecutorService callers = Executors.newFixedThreadPool(6);
        List<Future<Response>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                sent.add(callers.submit(register));
            }
            List<String> created = new ArrayList<>();
            int fresh = 0;
            for (Future<Response> answer : sent) {
                Response response = answer.get();
                if (response.statusCode() == 409) {
                    assertEquals("urn:helhet:problem:idempotency-key-in-use", response.jsonPath().getString("type"));
                    continue;
                }
                assertEquals(201, response.statusCode(), response.asString());
                created.add(response.jsonPath().getString("id"));
                if (response.header("Idempotent-Replayed") == null) {
                    fresh++;
                }
            }
            assertEquals(1, fresh, "exactly one of the requests was carried out");
            assertEquals(1, created.stream().distinct().count(), "every 201 names the same person: " + created);
        } finally {
            callers.shutdownNow();
        }
        assertEquals(1, named("Samtidig Samuelsen"));
        // Once the first is done, every retry gets its answer.
        io.restassured.RestAssured.given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key)
                .body("{\"name\": \"Samtidig Samuelsen\"}").when().post(PARTICIPANTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true");
    }

    @Test
    void aKeyIsTheCallersOwnAndAFailedRequestFreesIt() {
        CareEvents.coordinatorKnown();
        String key = UUID.randomUUID().toString();
        String mine = asker().header("Idempotency-Key", key).body("{\"name\": \"Kari Egen\"}").when().post(PARTICIPANTS)
                .then().statusCode(201).extract().path("id");
        String theirs = Api.as("asker.teamlead").header("Idempotency-Key", key).body("{\"name\": \"Kari Egen\"}").when().post(PARTICIPANTS)
                .then().statusCode(201).header("Idempotent-Replayed", (String) null).extract().path("id");
        assertNotEquals(mine, theirs, "another caller's key is another key");

        // A request the service refuses keeps nothing: the same key then carries the corrected request out.
        CareEvents.organisations();
        String consents = PARTICIPANTS + "/" + register("Frida Frigitt") + "/consents";
        String grant = """
                {"receiver": {"type": "organisation", "organisationId": "%s"}, "categories": ["basic"], "purpose": "Samarbeid",
                 "validTo": "%s", "recordedHow": "signed-form"}""";
        String validTo = Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String other = UUID.randomUUID().toString();
        asker().header("Idempotency-Key", other).body(grant.formatted(UUID.randomUUID(), validTo)).when().post(consents)
                .then().statusCode(400).body("errors[0].code", equalTo("unknown-organisation"));
        asker().header("Idempotency-Key", other).body(grant.formatted(CareEvents.NAV, validTo)).when().post(consents)
                .then().statusCode(201).header("Idempotent-Replayed", (String) null);
    }

    @Test
    void aKeyThatCannotBeOneIsRefusedBeforeAnythingIsDone() {
        for (String bad : List.of("", "x".repeat(256), "nøkkel", "two words")) {
            asker().header("Idempotency-Key", bad).body("{\"name\": \"Ugyldig Nøkkel\"}").when().post(PARTICIPANTS)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:helhet:problem:idempotency-key-invalid"));
        }
        assertEquals(0, named("Ugyldig Nøkkel"));
        asker().body("{\"name\": \"Uten Nøkkel\"}").when().post(PARTICIPANTS).then().statusCode(201)
                .header("Idempotent-Replayed", (String) null);
        asker().body("{\"name\": \"Uten Nøkkel\"}").when().post(PARTICIPANTS).then().statusCode(201);
        assertEquals(2, named("Uten Nøkkel"), "without a key every request is carried out");
    }

    @Test
    void theDocumentDeclaresTheHeaderOnEveryCreatingOperation() {
        io.restassured.RestAssured.given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/participants'.post.parameters.find { it.name == 'Idempotency-Key' }.in", equalTo("header"))
                .body("paths.'/api/v1/participants'.post.responses.'422'.content.'application/problem+json'.example.type",
                        equalTo("urn:helhet:problem:idempotency-key-reused"))
                .body("paths.'/api/v1/participants/{id}/close'.post.parameters.find { it.name == 'Idempotency-Key' }",
                        org.hamcrest.Matchers.nullValue())
                .body("components.parameters", not(org.hamcrest.Matchers.hasKey("IdempotencyKey")));
    }

    private static int named(String name) {
        return asker().queryParam("q", name).when().get(PARTICIPANTS).then().statusCode(200).extract().path("total");
    }

    private static int count(String path) {
        return asker().when().get(path).then().statusCode(200).extract().path("total");
    }
}
