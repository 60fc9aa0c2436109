package dev.helhet.testing;

import io.restassured.path.json.JsonPath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every service's OpenAPI document must say for partner developers: a summary and success
 * response per operation, problem+json errors with examples (401, 403, 500; 404 on resources; 400
 * where input is taken), the bearer requirement, a description for every schema property, examples.
 */
public final class OpenApiChecks {

    private OpenApiChecks() {
    }

    @SuppressWarnings("unchecked")
    public static void assertComplete(int minimumExamples) {
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
            // Open data declares an explicitly empty security requirement: no token, so 429 (rate) instead of 401 and 403.
            boolean open = operation.get("security") instanceof List<?> none && none.isEmpty();
            for (String status : open ? List.of("429", "500") : List.of("401", "403", "500")) {
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
        assertTrue(examples >= minimumExamples, "the document carries examples, found " + examples);
        assertTrue(missing.isEmpty(), "the OpenAPI document lacks:\n" + String.join("\n", missing));
    }
}
