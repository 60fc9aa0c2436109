package dev.helhet.publicapi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a partner's generated client relies on in the document the build writes: stable method names, groups, auth, limits. */
class PublicApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final JsonObject DOCUMENT = read();

    @Test
    void everyOperationKeepsTheOperationIdPartnersCallItBy() throws IOException {
        Set<String> committed;
        try (InputStream list = PublicApiDocumentTest.class.getResourceAsStream("/operation-ids.txt")) {
            committed = new String(list.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> documented = new TreeSet<>();
        List<String> ids = new ArrayList<>();
        operations((path, method, operation) -> {
            String id = operation.getString("operationId");
            assertTrue(id != null && id.matches("[a-z][a-zA-Z0-9]+"), method + " " + path + " has no lowerCamelCase operationId: " + id);
            ids.add(id);
            documented.add(id + " " + method.toUpperCase() + " " + path);
        });
        assertEquals(ids.size(), new TreeSet<>(ids).size(), "operationIds repeat: " + ids);
        assertEquals(new TreeSet<>(), difference(committed, documented),
                "operations renamed or gone (a partner's client breaks): restore them, or publish a v2");
        assertEquals(new TreeSet<>(), difference(documented, committed), "new operations: add them to src/test/resources/operation-ids.txt");
    }

    @Test
    void everyWebhookIsDescribedWithItsSignatureAndThinBody() {
        JsonObject webhooks = DOCUMENT.getJsonObject("webhooks");
        assertEquals(Set.of("referral.requested", "referral.answered", "referral.closed", "transition.due", "participant.registered",
                "participant.moved"), webhooks.fieldNames());
        JsonObject event = DOCUMENT.getJsonObject("components").getJsonObject("schemas").getJsonObject("WebhookEvent");
        assertEquals(new JsonArray(List.copyOf(new TreeSet<>(webhooks.fieldNames()))),
                new JsonArray(event.getJsonObject("properties").getJsonObject("type").getJsonArray("enum").stream().sorted().toList()),
                "the body's type names exactly the webhooks");
        assertEquals(Set.of("id", "type", "occurredAt", "municipalityId", "subject"), event.getJsonObject("properties").fieldNames(),
                "ids, a type and a time: nothing of the content");
        webhooks.forEach(hook -> {
            JsonObject post = ((JsonObject) hook.getValue()).getJsonObject("post");
            assertEquals("#/components/schemas/WebhookEvent",
                    post.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
            assertEquals(Set.of("Helhet-Webhook-Id", "Helhet-Webhook-Timestamp", "Helhet-Webhook-Signature"),
                    post.getJsonArray("parameters").stream().map(JsonObject.class::cast)
                            .filter(parameter -> "header".equals(parameter.getString("in")) && parameter.getBoolean("required", false))
                            .map(parameter -> parameter.getString("name")).collect(Collectors.toSet()), hook.getKey());
        });
    }

    @Test
    void everyOperationIsInADescribedGroup() {
        Map<String, String> tags = DOCUMENT.getJsonArray("tags").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(tag -> tag.getString("name"), tag -> tag.getString("description", "")));
        tags.forEach((name, description) -> assertTrue(description.length() > 10, "tag " + name + " has no description"));
        operations((path, method, operation) -> {
            JsonArray own = operation.getJsonArray("tags", new JsonArray());
            assertEquals(1, own.size(), method + " " + path + " should be in exactly one group: " + own);
            assertTrue(tags.containsKey(own.getString(0)), method + " " + path + " is in an undeclared group " + own);
        });
    }

    @Test
    void partnerOperationsSayHowToGetATokenAndWhichMunicipality() {
        JsonObject oauth2 = DOCUMENT.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("oauth2");
        assertEquals("http://localhost:8180/realms/helhet/protocol/openid-connect/token",
                oauth2.getJsonObject("flows").getJsonObject("clientCredentials").getString("tokenUrl"));
        List<String> partnerOperations = new ArrayList<>();
        operations((path, method, operation) -> {
            JsonArray security = operation.getJsonArray("security");
            if (security.isEmpty()) {
                assertTrue(path.startsWith("/api/v1/statistics/open/"), method + " " + path + " is open but not open data");
                return;
            }
            boolean partner = security.stream().map(JsonObject.class::cast).anyMatch(requirement -> requirement.containsKey("oauth2"));
            boolean partnerRole = security.stream().map(JsonObject.class::cast)
                    .anyMatch(requirement -> requirement.getJsonArray("bearer", new JsonArray()).contains("partner"));
            assertEquals(partnerRole, partner, method + " " + path + ": client credentials offered exactly where the partner role may call");
            if (partner) {
                partnerOperations.add(method + " " + path);
            }
            assertTrue(operation.getJsonArray("parameters").stream().map(JsonObject.class::cast)
                    .anyMatch(parameter -> "#/components/parameters/Municipality".equals(parameter.getString("$ref"))),
                    method + " " + path + " does not declare the municipality header");
        });
        assertTrue(partnerOperations.containsAll(List.of("post /api/v1/participants", "get /api/v1/participants",
                "get /api/v1/participants/{id}", "get /api/v1/coordinators/organisations")), "partners may call only " + partnerOperations);
    }

    @Test
    void everyAnswerDeclaresTheRateLimitAndTheGatewaysOwnRefusals() {
        operations((path, method, operation) -> {
            JsonObject responses = operation.getJsonObject("responses");
            assertTrue(responses.containsKey("429") && responses.containsKey("503"), method + " " + path + " lacks 429 or 503");
            responses.forEach(answer -> {
                JsonObject response = (JsonObject) answer.getValue();
                if (!response.containsKey("$ref") && answer.getKey().matches("[24]..")) {
                    assertTrue(response.getJsonObject("headers", new JsonObject()).containsKey("RateLimit"),
                            method + " " + path + " " + answer.getKey() + " does not declare RateLimit");
                }
                if (answer.getKey().matches("[45]..") && !response.containsKey("$ref")) {
                    assertTrue(response.getJsonObject("content", new JsonObject()).containsKey("application/problem+json"),
                            method + " " + path + " " + answer.getKey() + " is not described as a problem");
                }
            });
        });
    }

    @Test
    void everyOperationThatCreatesSomethingIsSafeToRetryWithAnIdempotencyKey() {
        // Creating operations: those that answer 201, and the two that add to a list and answer it whole.
        Set<String> alsoCreating = Set.of("addTeamMember", "recordAbsence");
        List<String> missing = new ArrayList<>();
        List<String> retriable = new ArrayList<>();
        operations((path, method, operation) -> {
            boolean creates = operation.getJsonObject("responses").containsKey("201") || alsoCreating.contains(operation.getString("operationId"));
            boolean declared = operation.getJsonArray("parameters", new JsonArray()).stream().map(JsonObject.class::cast)
                    .anyMatch(parameter -> "Idempotency-Key".equals(parameter.getString("name")) && "header".equals(parameter.getString("in")));
            if (declared) {
                retriable.add(operation.getString("operationId"));
                JsonObject responses = operation.getJsonObject("responses");
                assertTrue(responses.containsKey("409") && responses.getJsonObject("422").encode().contains("idempotency-key-reused"),
                        method + " " + path + " does not declare the answers an Idempotency-Key adds");
            }
            if (creates && !declared) {
                missing.add(method + " " + path);
            }
        });
        assertEquals(List.of(), missing, "creating operations without Idempotency-Key");
        assertEquals(21, retriable.size(), "retriable operations: " + retriable);
    }

    @Test
    void everyVersionedRecordIsReadWithItsETagAndChangedUnderIfMatch() {
        List<String> problems = new ArrayList<>();
        List<String> conditional = new ArrayList<>();
        operations((path, method, operation) -> {
            JsonObject body = operation.getJsonObject("requestBody", new JsonObject()).getJsonObject("content", new JsonObject())
                    .getJsonObject("application/json", new JsonObject()).getJsonObject("schema", new JsonObject());
            boolean ifMatch = operation.getJsonArray("parameters", new JsonArray()).stream().map(JsonObject.class::cast)
                    .anyMatch(parameter -> "If-Match".equals(parameter.getString("name")) && "header".equals(parameter.getString("in")));
            if (method.equals("put") && versioned(body)) {
                conditional.add(operation.getString("operationId"));
                if (!ifMatch || !operation.getJsonObject("responses").containsKey("412")) {
                    problems.add(method + " " + path + " changes a versioned record without If-Match and 412");
                }
            }
            JsonObject ok = operation.getJsonObject("responses").getJsonObject("200");
            JsonObject answer = ok == null ? new JsonObject() : ok.getJsonObject("content", new JsonObject())
                    .getJsonObject("application/json", new JsonObject()).getJsonObject("schema", new JsonObject());
            if (versioned(answer) && !ok.getJsonObject("headers", new JsonObject()).containsKey("ETag")) {
                problems.add(method + " " + path + " answers a versioned record without its ETag");
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(9, conditional.size(), "versioned updates: " + conditional);
    }

    @Test
    void everyListAnswersOnePageShapeAndTakesPageAndSize() {
        List<String> problems = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        operations((path, method, operation) -> {
            JsonObject ok = operation.getJsonObject("responses").getJsonObject("200");
            JsonObject answer = ok == null ? new JsonObject() : ok.getJsonObject("content", new JsonObject())
                    .getJsonObject("application/json", new JsonObject()).getJsonObject("schema", new JsonObject());
            if (method.equals("get") && "array".equals(answer.getString("type"))) {
                problems.add(method + " " + path + " answers a bare array");
            }
            String ref = answer.getString("$ref", "");
            if (!ref.endsWith("Page")) {
                return;
            }
            lists.add(operation.getString("operationId"));
            JsonObject page = DOCUMENT.getJsonObject("components").getJsonObject("schemas").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            if (!page.getJsonObject("properties").fieldNames().equals(Set.of("items", "page", "size", "total"))
                    || page.getJsonObject("properties").getJsonObject("items").getInteger("maxItems", 0) != 200) {
                problems.add(ref + " is not {items (at most 200), page, size, total}");
            }
            Set<String> query = operation.getJsonArray("parameters", new JsonArray()).stream().map(JsonObject.class::cast)
                    .filter(parameter -> "query".equals(parameter.getString("in"))).map(parameter -> parameter.getString("name"))
                    .collect(java.util.stream.Collectors.toSet());
            if (!query.containsAll(Set.of("page", "size"))) {
                problems.add(method + " " + path + " answers a page but takes no page and size");
            }
        });
        assertEquals(List.of(), problems);
        assertEquals(26, lists.size(), "paged lists: " + lists);
    }

    private static boolean versioned(JsonObject schema) {
        String ref = schema.getString("$ref");
        if (ref == null || !ref.startsWith("#/components/schemas/")) {
            return false;
        }
        JsonObject component = DOCUMENT.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject(ref.substring("#/components/schemas/".length()), new JsonObject());
        return component.getJsonObject("properties", new JsonObject()).containsKey("version");
    }

    private interface OperationVisitor {
        void visit(String path, String method, JsonObject operation);
    }

    private static void operations(OperationVisitor visitor) {
        DOCUMENT.getJsonObject("paths").forEach(path -> {
            JsonObject item = (JsonObject) path.getValue();
            item.fieldNames().stream().filter(METHODS::contains).sorted()
                    .forEach(method -> visitor.visit(path.getKey(), method, item.getJsonObject(method)));
        });
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> difference = new TreeSet<>(left);
        difference.removeAll(right);
        return difference;
    }

    private static JsonObject read() {
        try {
            return new JsonObject(Files.readString(Path.of(System.getProperty("helhet.public-api.document",
                    "target/openapi/helhet-public-api.json"))));
        } catch (IOException e) {
            throw new IllegalStateException("The build writes the document before the tests", e);
        }
    }
}
