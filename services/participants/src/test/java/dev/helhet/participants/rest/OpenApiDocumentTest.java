package dev.helhet.participants.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document describes every operation, field and error, with examples, for partner developers. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationFieldAndErrorIsDescribed() {
        JsonPath document = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        List<String> missing = new ArrayList<>();

        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            if (operation.get("summary") == null) {
                missing.add(name + ": summary");
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            if (responses.keySet().stream().noneMatch(status -> status.startsWith("2"))) {
                missing.add(name + ": a success response");
            }
            for (String status : List.of("401", "403", "500")) {
                Map<String, Object> response = responses.get(status);
                if (response == null || !String.valueOf(response.get("content")).contains("application/problem+json")
                        || !String.valueOf(response.get("content")).contains("example")) {
                    missing.add(name + ": problem+json " + status + " with an example");
                }
            }
            if (path.contains("{") && !responses.containsKey("404")) {
                missing.add(name + ": 404");
            }
            if (operation.get("requestBody") != null && !responses.containsKey("400")) {
                missing.add(name + ": 400");
            }
            if (operation.get("security") == null) {
                missing.add(name + ": security requirement");
            }
        }));

        Map<String, Map<String, Object>> schemas = document.getMap("components.schemas");
        schemas.forEach((schemaName, schema) -> {
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
            if (properties != null) {
                properties.forEach((property, definition) -> {
                    boolean described = definition.get("description") != null || definition.get("$ref") != null
                            || definition.get("allOf") != null || definition.get("items") != null;
                    if (!described) {
                        missing.add("schema " + schemaName + "." + property + ": description");
                    }
                });
            }
        });
        String raw = given().when().get("/q/openapi?format=json").then().extract().asString();
        long examples = raw.split("\"example\"", -1).length - 1;
        assertTrue(examples >= 40, "the document carries examples, found " + examples);
        assertTrue(missing.isEmpty(), "the OpenAPI document lacks:\n" + String.join("\n", missing));
    }
}
