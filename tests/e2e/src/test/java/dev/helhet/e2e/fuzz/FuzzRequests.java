package dev.helhet.e2e.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helhet.e2e.matrix.ApiOperation;
import dev.helhet.e2e.matrix.OpenApiOperations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Turns each operation of the aggregated OpenAPI document into requests carrying bad input: every path
 * parameter, every query parameter and every body field (declared ones too, not only those a minimal body
 * has) gets each bad value of {@link BadValues}, one at a time, the rest of the request staying valid; and
 * the whole body is replaced by things that are not one strict JSON object.
 */
final class FuzzRequests {

    /** One request to send; {@code viaGateway} false sends it straight to the service that owns the path. */
    record Request(String description, String method, String pathAndQuery, byte[] body, String contentType, boolean viaGateway) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiOperations api;
    private final BiFunction<String, String, String> goodIds;

    /** {@code goodIds} gives, for a path and a parameter name, an id the caller may use (or null for a random one). */
    FuzzRequests(OpenApiOperations api, BiFunction<String, String, String> goodIds) {
        this.api = api;
        this.goodIds = goodIds;
    }

    List<Request> of(ApiOperation operation) {
        List<Request> requests = new ArrayList<>();
        String path = operation.expand(name -> goodId(operation, name));
        for (String parameter : operation.parameters()) {
            BadValues.forParameter(JSON.createObjectNode().put("type", "string").put("format", "uuid")).forEach((label, value) ->
                    requests.add(new Request(operation + " path " + parameter + " = " + label, operation.method(),
                            operation.expand(name -> name.equals(parameter) ? encode(value) : goodId(operation, name)),
                            validBody(operation), contentType(operation), true)));
        }
        api.queryParameters(operation).forEach((parameter, schema) -> BadValues.forParameter(schema).forEach((label, value) ->
                requests.add(new Request(operation + " query " + parameter + " = " + label, operation.method(),
                        path + "?" + encode(parameter) + "=" + encode(value), validBody(operation), contentType(operation), false))));
        if (operation.hasBody()) {
            ObjectNode valid = (ObjectNode) read(new String(validBody(operation), StandardCharsets.UTF_8));
            fields(operation.requestSchema(), valid, List.of(), (field, label, bad) -> requests.add(new Request(
                    operation + " body " + String.join(".", field) + " = " + label, operation.method(), path,
                    write(with(valid, field, bad)), "application/json", false)));
            BadValues.bodies(valid.toString()).forEach((label, body) -> requests.add(new Request(
                    operation + " body: " + label, operation.method(), path, body, "application/json", false)));
            requests.add(new Request(operation + " body as text/plain", operation.method(), path, validBody(operation), "text/plain", false));
            requests.add(new Request(operation + " body without a content type", operation.method(), path, validBody(operation), null, false));
        }
        return requests;
    }

    private interface FieldMutation {
        void accept(List<String> field, String label, JsonNode bad);
    }

    /** Each declared property of the (object) schema, present in the valid body or not, and nested objects within. */
    private void fields(JsonNode schemaReference, JsonNode valid, List<String> at, FieldMutation mutation) {
        JsonNode schema = api.resolved(schemaReference);
        schema.path("properties").properties().forEach(property -> {
            List<String> field = new ArrayList<>(at);
            field.add(property.getKey());
            JsonNode propertySchema = api.resolved(property.getValue());
            BadValues.forField(propertySchema).forEach((label, bad) -> mutation.accept(field, label, bad));
            String type = BadValues.type(propertySchema);
            if (type.equals("object") && field.size() < 4) {
                fields(propertySchema, valid, field, mutation);
            }
            if (type.equals("array") && propertySchema.has("items")) {
                JsonNode items = api.resolved(propertySchema.get("items"));
                BadValues.forField(items).forEach((label, bad) ->
                        mutation.accept(field, "an element " + label, JSON.createArrayNode().add(bad)));
            }
        });
    }

    /** A copy of {@code root} with {@code value} at {@code field}, intermediate objects made as needed. */
    private static JsonNode with(ObjectNode root, List<String> field, JsonNode value) {
        ObjectNode copy = root.deepCopy();
        ObjectNode parent = copy;
        for (String name : field.subList(0, field.size() - 1)) {
            JsonNode next = parent.get(name);
            if (!(next instanceof ObjectNode)) {
                next = parent.putObject(name);
            }
            parent = (ObjectNode) next;
        }
        parent.set(field.getLast(), value);
        return copy;
    }

    private byte[] validBody(ApiOperation operation) {
        return operation.hasBody() ? api.body(operation, Map.of()).getBytes(StandardCharsets.UTF_8) : null;
    }

    private static String contentType(ApiOperation operation) {
        return operation.hasBody() ? "application/json" : null;
    }

    private String goodId(ApiOperation operation, String name) {
        String id = goodIds.apply(operation.path(), name);
        return id == null ? UUID.randomUUID().toString() : id;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] write(JsonNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
