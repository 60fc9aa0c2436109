package dev.helhet.participants.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Nothing of one municipality is readable or writable from another: every operation on an Asker
 * person, called by a Harstad coordinator with a valid body, answers 404 and changes nothing.
 * The list of operations is checked against the OpenAPI document, so a new one cannot be forgotten.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenancyTest {

    private String participant;
    private String enrolment;
    private String networkPerson;
    private String consent;

    /** Made on first use: RestAssured knows the test port only once the first test runs. */
    private void anAskerPersonWithSomethingOfEverything() {
        if (participant != null) {
            return;
        }
        participant = Api.register("Asker Innbygger", dev.helhet.participants.domain.nationalid.IdentityNumbers.uniqueNorwegian());
        String base = PARTICIPANTS + "/" + participant;
        enrolment = asker().body("{\"programme\": \"youth-follow-up\", \"startDate\": \"2026-01-05\"}")
                .when().post(base + "/programmes").then().statusCode(201).extract().path("id");
        networkPerson = asker().body("{\"name\": \"Venn\", \"relation\": \"venn\"}")
                .when().post(base + "/network").then().statusCode(201).extract().path("id");
        consent = asker().body(consentBody()).when().post(base + "/consents").then().statusCode(201).extract().path("id");
    }

    /** Every operation on one person, with a body that would be valid in the right municipality. */
    private Map<String, String> operationsOnOnePerson() {
        anAskerPersonWithSomethingOfEverything();
        Map<String, String> operations = new LinkedHashMap<>();
        operations.put("GET /api/v1/participants/{id}", null);
        operations.put("PUT /api/v1/participants/{id}", "{\"name\": \"Overtatt\", \"version\": 0}");
        operations.put("POST /api/v1/participants/{id}/move", "{\"movedToMunicipalityId\": \"harstad\"}");
        operations.put("POST /api/v1/participants/{id}/close", "{\"reason\": \"x\"}");
        operations.put("POST /api/v1/participants/{id}/national-id/reveal", "{\"purpose\": \"x\"}");
        operations.put("PUT /api/v1/participants/{id}/national-id", "{\"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}, \"reason\": \"x\"}"
                .formatted(dev.helhet.participants.domain.nationalid.IdentityNumbers.uniqueNorwegian()));
        operations.put("GET /api/v1/participants/{id}/export", null);
        operations.put("GET /api/v1/participants/{id}/access-log", null);
        operations.put("GET /api/v1/participants/{participantId}/programmes", null);
        operations.put("POST /api/v1/participants/{participantId}/programmes", "{\"programme\": \"other\", \"startDate\": \"2026-01-05\"}");
        operations.put("POST /api/v1/participants/{participantId}/programmes/{enrolmentId}/extensions",
                "{\"plannedEndDate\": \"2030-01-01\", \"reason\": \"x\"}");
        operations.put("POST /api/v1/participants/{participantId}/programmes/{enrolmentId}/end", "{\"endDate\": \"2026-06-01\", \"reason\": \"work\"}");
        operations.put("GET /api/v1/participants/{participantId}/network", null);
        operations.put("POST /api/v1/participants/{participantId}/network", "{\"name\": \"Fremmed\", \"relation\": \"x\"}");
        operations.put("DELETE /api/v1/participants/{participantId}/network/{networkPersonId}", null);
        operations.put("GET /api/v1/participants/{participantId}/consents", null);
        operations.put("POST /api/v1/participants/{participantId}/consents", consentBody());
        operations.put("POST /api/v1/participants/{participantId}/consents/{consentId}/revoke", "{\"reason\": \"x\"}");
        return operations;
    }

    /** The operation names, known without a fixture (the dynamic tests are listed before any test runs). */
    private static List<String> operationKeys() {
        return List.of("GET /api/v1/participants/{id}", "PUT /api/v1/participants/{id}", "POST /api/v1/participants/{id}/move",
                "POST /api/v1/participants/{id}/close", "POST /api/v1/participants/{id}/national-id/reveal",
                "PUT /api/v1/participants/{id}/national-id",
                "GET /api/v1/participants/{id}/export", "GET /api/v1/participants/{id}/access-log",
                "GET /api/v1/participants/{participantId}/programmes",
                "POST /api/v1/participants/{participantId}/programmes",
                "POST /api/v1/participants/{participantId}/programmes/{enrolmentId}/extensions",
                "POST /api/v1/participants/{participantId}/programmes/{enrolmentId}/end",
                "GET /api/v1/participants/{participantId}/network", "POST /api/v1/participants/{participantId}/network",
                "DELETE /api/v1/participants/{participantId}/network/{networkPersonId}",
                "GET /api/v1/participants/{participantId}/consents", "POST /api/v1/participants/{participantId}/consents",
                "POST /api/v1/participants/{participantId}/consents/{consentId}/revoke");
    }

    @Test
    void everyOperationOnAPersonIsCovered() {
        JsonPath openApi = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> {
            if (path.startsWith("/api/v1/participants/{")) {
                documented.add(method.toUpperCase() + " " + path);
            }
        }));
        assertEquals(new TreeSet<>(operationKeys()), new TreeSet<>(operationsOnOnePerson().keySet()));
        assertEquals(documented, new TreeSet<>(operationKeys()),
                "a new operation on a person needs its cross-municipality case here");
    }

    @TestFactory
    Stream<DynamicTest> anotherMunicipalityGets404Everywhere() {
        return operationKeys().stream().map(operation -> DynamicTest.dynamicTest(operation, () -> {
            String body = operationsOnOnePerson().get(operation);
            String[] methodAndPath = operation.split(" ");
            String path = methodAndPath[1].replace("{id}", participant).replace("{participantId}", participant)
                    .replace("{enrolmentId}", enrolment).replace("{networkPersonId}", networkPerson).replace("{consentId}", consent);
            var request = Api.harstad();
            if (body != null) {
                request = request.body(body);
            }
            request.when().request(methodAndPath[0], path)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:helhet:problem:not-found"));
        }));
    }

    @Test
    void nothingChangedAndNothingIsListed() {
        anotherMunicipalityGets404Everywhere().forEach(test -> {
            try {
                test.getExecutable().execute();
            } catch (Throwable e) {
                throw new AssertionError(e);
            }
        });
        String base = PARTICIPANTS + "/" + participant;
        asker().when().get(base).then().statusCode(200).body("status", equalTo("active")).body("name", equalTo("Asker Innbygger"))
                .body("version", equalTo(0));
        asker().when().get(base + "/programmes").then().body("items", hasSize(1)).body("items[0].status", equalTo("open"));
        asker().when().get(base + "/network").then().body("items", hasSize(1));
        asker().when().get(base + "/consents").then().body("items", hasSize(1)).body("items[0].status", equalTo("active"));
        // Each refused attempt is in the person's own log (Asker's), under Harstad's coordinator — not in Harstad's.
        // Wait for all of them (they arrive through the outbox and Kafka) before judging what is and is not there.
        String harstadCoordinator = dev.helhet.testing.Tokens.subject("harstad.coordinator");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> asker().queryParam("size", 200).when().get(base + "/access-log")
                .then().body("items.findAll { it.actorSubject == '%s' }.size()".formatted(harstadCoordinator),
                        org.hamcrest.Matchers.greaterThanOrEqualTo(operationKeys().size())));
        asker().queryParam("size", 200).when().get(base + "/access-log")
                .then().body("items.findAll { it.actorSubject == '%s' }.outcome".formatted(harstadCoordinator), everyItem(equalTo("denied")))
                .body("items.findAll { it.actorSubject == '%s' }.action".formatted(harstadCoordinator),
                        hasItems("read", "update", "reveal-national-id", "change-national-id", "export"));
        asker().when().get(base + "/export").then()
                .body("accessLog.findAll { it.outcome == 'permitted' }.action", not(hasItem("reveal-national-id")))
                .body("nationalId.number", org.hamcrest.Matchers.notNullValue());
        Api.as("harstad.admin").queryParam("participantId", participant).when().get(PARTICIPANTS + "/access-log")
                .then().statusCode(200).body("items", hasSize(0));
        Api.harstad().queryParam("size", 200).when().get(PARTICIPANTS).then().statusCode(200)
                .body("items.id", not(hasItem(participant)));
    }

    private static String consentBody() {
        return "{\"receiver\": {\"type\": \"team\"}, \"categories\": [\"basic\"], \"purpose\": \"Samarbeid\", \"validTo\": \"%s\", \"recordedHow\": \"verbal\"}"
                .formatted(Instant.now().plus(30, ChronoUnit.DAYS));
    }
}
