package dev.helhet.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.e2e.GatewayApi;
import dev.helhet.e2e.Platform;
import dev.helhet.e2e.matrix.ApiOperation;
import dev.helhet.e2e.matrix.OpenApiOperations;
import dev.helhet.testing.Tokens;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.helhet.e2e.GatewayApi.api;
import static dev.helhet.e2e.GatewayApi.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input of every kind to every operation and parameter of the aggregated OpenAPI document, as a caller
 * whose role the operation admits: the requests are generated from the document, so a new operation is fuzzed
 * the day it exists. Not one answer may be a 5xx, and every refusal must be problem+json. Prints what it sent.
 */
@ExtendWith(Platform.class)
class InputFuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * Whom each role is played by; an operation is called by the first of its roles in this order. Harstad's users
     * where Harstad has one: what a bad value that still passes creates stays out of the Asker the other tests look at.
     */
    private static final Map<String, String> PLAYED_BY = new java.util.LinkedHashMap<>();

    static {
        PLAYED_BY.put("coordinator", "harstad.coordinator");
        PLAYED_BY.put("team-lead", "asker.teamlead");
        PLAYED_BY.put("municipality-admin", "harstad.admin");
        PLAYED_BY.put("participant", "amina.hassan");
        PLAYED_BY.put("platform-admin", "region.operator");
        PLAYED_BY.put("professional", "asker.professional");
        PLAYED_BY.put("analyst", "asker.analyst");
        PLAYED_BY.put("partner", "demo-partner");
    }

    @Test
    void noBadInputIsAnsweredWithA5xxAndEveryRefusalIsProblemJson() throws Exception {
        JsonNode document = JSON.readTree(RestAssured.given().when().get(api() + "/openapi").then().statusCode(200).extract().asString());
        OpenApiOperations api = new OpenApiOperations(document);
        String person = as("harstad.coordinator").body("{\"name\": \"Fuzz Person\"}").when().post(api() + "/participants")
                .then().statusCode(201).extract().path("id");
        String organisation = GatewayApi.organisation("harstad.admin", "Fuzz Organisasjon", "other");
        List<String> professionals = as("harstad.admin").queryParam("size", 200).when().get(api() + "/coordinators/professionals").then().statusCode(200)
                .extract().path("items.id");
        FuzzRequests generator = new FuzzRequests(api, (path, name) -> {
            if (name.equals("participantId") || (name.equals("id") && path.startsWith("/api/v1/participants/"))) {
                return person;
            }
            if (name.equals("id") && path.startsWith("/api/v1/coordinators/organisations/")) {
                return organisation;
            }
            if (name.equals("id") && path.startsWith("/api/v1/coordinators/professionals/")) {
                return professionals.isEmpty() ? null : professionals.getFirst();
            }
            return null;
        });

        int sent = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<ApiOperation> operations = api.operations();
        for (ApiOperation operation : operations) {
            String token = tokenFor(operation);
            for (FuzzRequests.Request request : generator.of(operation)) {
                HttpResponse<String> answer = send(request, token);
                sent++;
                statuses.merge(answer.statusCode(), 1, Integer::sum);
                String contentType = answer.headers().firstValue("Content-Type").orElse("");
                if (answer.statusCode() >= 500) {
                    failures.add(request.description() + ": " + answer.statusCode() + " " + abbreviate(answer.body()));
                } else if (answer.statusCode() >= 400 && !contentType.startsWith("application/problem+json")) {
                    failures.add(request.description() + ": " + answer.statusCode() + " without problem+json (" + contentType + ")");
                }
            }
        }
        System.out.printf("[e2e] input fuzz: %d requests to %d operations of the aggregated OpenAPI, answers by status %s, %d failures%n",
                sent, operations.size(), statuses, failures.size());
        assertEquals(List.of(), failures, () -> String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
        assertTrue(sent > 2000, "only " + sent + " requests were generated");
    }

    private static String tokenFor(ApiOperation operation) {
        for (Map.Entry<String, String> role : PLAYED_BY.entrySet()) {
            if (operation.roles().contains(role.getKey())) {
                return role.getValue().equals("demo-partner") ? Tokens.partner() : Tokens.user(role.getValue());
            }
        }
        return Tokens.user("harstad.coordinator");
    }

    private static HttpResponse<String> send(FuzzRequests.Request request, String token) throws IOException, InterruptedException {
        String base = request.viaGateway() ? Platform.gatewayUrl() : Platform.serviceUrl(context(request.pathAndQuery()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> answer = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 429 || attempt == 10) {
                return answer;
            }
            Thread.sleep(1000L * Long.parseLong(answer.headers().firstValue("Retry-After").orElse("1")));
        }
    }

    /** The bounded context a path belongs to: /api/v1/<context>/... */
    private static String context(String path) {
        return path.split("/")[3].split("\\?")[0];
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
