package dev.helhet.publicapi;

import io.vertx.core.json.JsonObject;

import java.util.Map;

/**
 * Merges the services' OpenAPI documents into one: their public paths ({@code /api/...}), webhooks, schemas, tags and security
 * schemes. A schema name two services use for different things is prefixed with the service's name.
 */
final class ServiceDocuments {

    private ServiceDocuments() {
    }

    /** One document from the services' ones, merged in the order of their names so that clashes resolve alike everywhere. */
    static JsonObject merge(Map<String, JsonObject> documents) {
        JsonObject merged = new JsonObject()
                .put("openapi", "3.1.0")
                .put("paths", new JsonObject())
                .put("components", new JsonObject().put("schemas", new JsonObject()).put("securitySchemes", new JsonObject()))
                .put("tags", new io.vertx.core.json.JsonArray());
        new java.util.TreeMap<>(documents).forEach((service, document) -> merge(merged, service, document));
        return merged;
    }

    private static void merge(JsonObject merged, String service, JsonObject document) {
        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        JsonObject theirs = document.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        String text = document.encode();
        for (String name : theirs.fieldNames()) {
            if (clashes(schemas, name, theirs)) {
                text = text.replace("\"#/components/schemas/" + name + "\"", "\"#/components/schemas/" + prefixed(service, name) + "\"");
            }
        }
        JsonObject rewritten = new JsonObject(text);
        JsonObject rewrittenSchemas = rewritten.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        for (String name : theirs.fieldNames()) {
            schemas.put(clashes(schemas, name, theirs) ? prefixed(service, name) : name, rewrittenSchemas.getJsonObject(name));
        }
        rewritten.getJsonObject("paths", new JsonObject()).forEach(path -> {
            if (path.getKey().startsWith("/api/")) {
                merged.getJsonObject("paths").put(path.getKey(), path.getValue());
            }
        });
        rewritten.getJsonArray("tags", new io.vertx.core.json.JsonArray()).forEach(tag -> merged.getJsonArray("tags").add(tag));
        // What a service POSTs to partners (OpenAPI 3.1 webhooks): only the notifications service has any.
        rewritten.getJsonObject("webhooks", new JsonObject()).forEach(hook -> {
            if (!merged.containsKey("webhooks")) {
                merged.put("webhooks", new JsonObject());
            }
            merged.getJsonObject("webhooks").put(hook.getKey(), hook.getValue());
        });
        JsonObject schemes = rewritten.getJsonObject("components", new JsonObject()).getJsonObject("securitySchemes", new JsonObject());
        schemes.forEach(scheme -> merged.getJsonObject("components").getJsonObject("securitySchemes").put(scheme.getKey(), scheme.getValue()));
    }

    private static boolean clashes(JsonObject schemas, String name, JsonObject theirs) {
        return schemas.containsKey(name) && !schemas.getJsonObject(name).equals(theirs.getJsonObject(name));
    }

    private static String prefixed(String service, String name) {
        return Character.toUpperCase(service.charAt(0)) + service.substring(1) + name;
    }
}
