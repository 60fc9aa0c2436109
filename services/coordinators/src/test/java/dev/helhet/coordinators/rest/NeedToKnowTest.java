package dev.helhet.coordinators.rest;

import dev.helhet.coordinators.support.ParticipantEvents;
import dev.helhet.coordinators.support.Registry;
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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static dev.helhet.coordinators.support.Registry.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every operation on a person's coordinator and team, tried by someone from another municipality,
 * by a coordinator outside the person's team (404: the person is not theirs to see) and by an admin
 * (403: not a function of their role). Checked against the OpenAPI document so none is forgotten.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "coordinators"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class NeedToKnowTest {

    private static String person;
    private static String member;

    private static synchronized void aPersonCoordinatedBySomeoneElse() {
        if (person != null) {
            return;
        }
        Registry registry = Registry.asker();
        person = ParticipantEvents.registered("asker");
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.teamLead, registry.refugeeService))
                .when().put("/api/v1/coordinators/participants/" + person + "/coordinator").then().statusCode(200);
        member = as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"kontakt\"}"
                        .formatted(registry.regional, registry.refugeeService))
                .when().post("/api/v1/coordinators/participants/" + person + "/team/members").then().statusCode(200)
                .extract().path("members[0].id");
    }

    private static Map<String, String> operations() {
        Registry registry = Registry.asker();
        Map<String, String> operations = new LinkedHashMap<>();
        String assign = "{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService);
        operations.put("GET /api/v1/coordinators/participants/{participantId}/coordinator", null);
        operations.put("PUT /api/v1/coordinators/participants/{participantId}/coordinator", assign);
        operations.put("DELETE /api/v1/coordinators/participants/{participantId}/coordinator", null);
        operations.put("GET /api/v1/coordinators/participants/{participantId}/team", null);
        operations.put("POST /api/v1/coordinators/participants/{participantId}/team/members",
                "{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"x\"}".formatted(registry.coordinator, registry.refugeeService));
        operations.put("DELETE /api/v1/coordinators/participants/{participantId}/team/members/{memberId}", null);
        return operations;
    }

    @Test
    void everyOperationOnAPersonIsCovered() {
        JsonPath openApi = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, methods) -> methods.keySet().forEach(method -> {
            if (path.startsWith("/api/v1/coordinators/participants/")) {
                documented.add(method.toUpperCase() + " " + path);
            }
        }));
        assertEquals(documented, new TreeSet<>(operations().keySet()));
    }

    @TestFactory
    Stream<DynamicTest> nobodyWithoutBusinessSeesOrChangesThePerson() {
        return Stream.of("harstad.coordinator 404", "asker.coordinator 404", "asker.admin 403", "asker.professional 403|404")
                .flatMap(caller -> Stream.of("GET", "PUT", "DELETE", "GET team", "POST member", "DELETE member")
                        .map(operation -> DynamicTest.dynamicTest(caller + ": " + operation, () -> check(caller, operation))));
    }

    private static void check(String callerAndStatus, String operation) {
        aPersonCoordinatedBySomeoneElse();
        String[] parts = callerAndStatus.split(" ");
        String key = operations().keySet().stream().filter(candidate -> switch (operation) {
            case "GET" -> candidate.startsWith("GET") && candidate.endsWith("/coordinator");
            case "PUT" -> candidate.startsWith("PUT");
            case "DELETE" -> candidate.startsWith("DELETE") && candidate.endsWith("/coordinator");
            case "GET team" -> candidate.startsWith("GET") && candidate.endsWith("/team");
            case "POST member" -> candidate.startsWith("POST");
            default -> candidate.startsWith("DELETE") && candidate.endsWith("{memberId}");
        }).findFirst().orElseThrow();
        String[] methodAndPath = key.split(" ");
        String path = methodAndPath[1].replace("{participantId}", person).replace("{memberId}", member);
        var request = as(parts[0]);
        if (operations().get(key) != null) {
            request = request.body(operations().get(key));
        }
        int status = request.when().request(methodAndPath[0], path).then().extract().statusCode();
        // A professional is refused functions by role (403) and, for reading, the person by need-to-know (404).
        String expected = parts[1].contains("|") ? (methodAndPath[0].equals("GET") ? "404" : "403") : parts[1];
        assertEquals(Integer.parseInt(expected), status, callerAndStatus + " " + key);
    }

    @Test
    void afterAllOfThatNothingChanged() {
        aPersonCoordinatedBySomeoneElse();
        nobodyWithoutBusinessSeesOrChangesThePerson().forEach(test -> {
            try {
                test.getExecutable().execute();
            } catch (Throwable e) {
                throw new AssertionError(e);
            }
        });
        as("asker.teamlead").when().get("/api/v1/coordinators/participants/" + person + "/team").then().statusCode(200)
                .body("coordinator.professionalId", equalTo(Registry.asker().teamLead))
                .body("members[0].id", equalTo(member));
    }
}
