package dev.helhet.e2e.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the operations out of an OpenAPI document and builds, for each JSON request body, a value
 * that its schema accepts (the schema's own examples first), so a request reaches the service's
 * checks instead of stopping at validation.
 */
public final class OpenApiOperations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private final JsonNode document;

    public OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    /** Every operation under {@code /api/v1/}. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey()) || !path.getKey().startsWith("/api/v1/")) {
                return;
            }
            JsonNode operation = entry.getValue();
            Set<String> roles = new LinkedHashSet<>();
            // The bearer and operator schemes list roles; oauth2 lists the token's scope (organization), not a role.
            operation.path("security").forEach(requirement -> requirement.properties().stream()
                    .filter(scheme -> !"oauth2".equals(scheme.getKey()))
                    .forEach(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
            JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
            operations.add(new ApiOperation(entry.getKey().toUpperCase(), path.getKey(), roles,
                    body.isMissingNode() ? null : body));
        }));
        return operations;
    }

    /** Whether the operation declares a security requirement at all (an open operation would not). */
    public boolean secured(ApiOperation operation) {
        JsonNode security = document.path("paths").path(operation.path()).path(operation.method().toLowerCase()).path("security");
        return security.isArray() && !security.isEmpty();
    }

    /** A body the operation's schema accepts, with {@code ids} for UUID fields whose name it knows. */
    public String body(ApiOperation operation, Map<String, String> ids) {
        try {
            return JSON.writeValueAsString(value(operation.requestSchema(), null, ids, 0));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode value(JsonNode schema, String name, Map<String, String> ids, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved.has("examples") && resolved.get("examples").isArray() && !resolved.get("examples").isEmpty()
                && !"uuid".equals(resolved.path("format").asText())) {
            return resolved.get("examples").get(0);
        }
        if (resolved.has("example")) {
            return resolved.get("example");
        }
        if (resolved.has("enum") && !type(resolved).equals("array")) {
            return resolved.get("enum").get(0);
        }
        return switch (type(resolved)) {
            case "object" -> object(resolved, ids, depth);
            case "array" -> {
                ArrayNode array = JSON.createArrayNode();
                JsonNode items = resolved.has("items") ? resolved.get("items") : JSON.createObjectNode();
                array.add(resolved.has("enum") ? resolved.get("enum").get(0) : value(items, name, ids, depth + 1));
                yield array;
            }
            case "integer", "number" -> JSON.getNodeFactory().numberNode(resolved.path("minimum").asInt(0));
            case "boolean" -> JSON.getNodeFactory().booleanNode(false);
            default -> JSON.getNodeFactory().textNode(text(resolved, name, ids));
        };
    }

    private ObjectNode object(JsonNode schema, Map<String, String> ids, int depth) {
        ObjectNode object = JSON.createObjectNode();
        if (depth > 4) {
            return object;
        }
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (required.contains(field.getKey()) || ids.containsKey(field.getKey())) {
                object.set(field.getKey(), value(field.getValue(), field.getKey(), ids, depth + 1));
            }
        }
        return object;
    }

    private static String text(JsonNode schema, String name, Map<String, String> ids) {
        return switch (schema.path("format").asText()) {
            case "uuid" -> ids.getOrDefault(name, UUID.randomUUID().toString());
            case "date" -> LocalDate.now().toString();
            case "date-time" -> Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
            case "email" -> "matrix@helhet.example";
            default -> ids.getOrDefault(name, "Matrix");
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equals("null")) {
                    return option.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    /** The operation's query parameters with their schemas, by name. */
    public Map<String, JsonNode> queryParameters(ApiOperation operation) {
        Map<String, JsonNode> parameters = new java.util.LinkedHashMap<>();
        document.path("paths").path(operation.path()).path(operation.method().toLowerCase()).path("parameters").forEach(parameter -> {
            JsonNode resolved = resolve(parameter);
            if ("query".equals(resolved.path("in").asText())) {
                parameters.put(resolved.path("name").asText(), resolve(resolved.path("schema")));
            }
        });
        return parameters;
    }

    /** A schema with its local {@code $ref} followed. */
    public JsonNode resolved(JsonNode schema) {
        return resolve(schema);
    }

    /** Follows a local {@code $ref}, keeping the referring schema's own keywords (OpenAPI 3.1 allows both). */
    private JsonNode resolve(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return schema == null ? JSON.createObjectNode() : schema;
        }
        String reference = schema.get("$ref").asText();
        JsonNode target = document.at(reference.substring(1));
        ObjectNode merged = resolve(target).deepCopy();
        schema.properties().forEach(entry -> {
            if (!entry.getKey().equals("$ref") && !merged.has(entry.getKey())) {
                merged.set(entry.getKey(), entry.getValue());
            }
        });
        return merged;
    }
}
