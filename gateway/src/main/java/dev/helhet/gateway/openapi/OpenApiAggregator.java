package dev.helhet.gateway.openapi;

import dev.helhet.gateway.GatewayConfig;
import dev.helhet.gateway.GatewayProblems;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/openapi}: the public API of every service in one OpenAPI document, as partner
 * developers see it through the gateway. Merged from each service's {@code /q/openapi}; a schema
 * name two services use for different things is prefixed with the service's name. Cached a minute.
 */
@ApplicationScoped
public class OpenApiAggregator {

    private static final long CACHE_MILLIS = 60_000;

    private final GatewayConfig config;
    private HttpClient client;
    private volatile JsonObject cached;
    private volatile long cachedAt;

    public OpenApiAggregator(GatewayConfig config) {
        this.config = config;
    }

    void register(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient();
        router.get("/api/v1/openapi").order(800).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        if (cached != null && System.currentTimeMillis() - cachedAt < CACHE_MILLIS) {
            GatewayProblems.json(context, 200, cached);
            return;
        }
        List<Future<Map.Entry<String, JsonObject>>> fetches = new ArrayList<>();
        new TreeMap<>(config.upstream()).forEach((service, base) -> fetches.add(fetch(service, base)));
        Future.join(fetches).onComplete(done -> {
            JsonObject merged = new JsonObject()
                    .put("openapi", "3.1.0")
                    .put("info", new JsonObject().put("title", "Helhet public API").put("version", "1.0.0")
                            .put("description", "Every service's API through the gateway. Errors are RFC 9457 problem+json;"
                                    + " see docs/api/problems.md."))
                    .put("paths", new JsonObject())
                    .put("components", new JsonObject().put("schemas", new JsonObject()).put("securitySchemes", new JsonObject()));
            List<String> missing = new ArrayList<>();
            for (Future<Map.Entry<String, JsonObject>> fetch : fetches) {
                if (fetch.succeeded()) {
                    merge(merged, fetch.result().getKey(), fetch.result().getValue());
                } else {
                    missing.add(fetch.cause().getMessage());
                }
            }
            if (missing.isEmpty()) {
                cached = merged;
                cachedAt = System.currentTimeMillis();
            } else {
                merged.getJsonObject("info").put("x-incomplete", new JsonArray(missing));
            }
            GatewayProblems.json(context, 200, merged);
        });
    }

    private Future<Map.Entry<String, JsonObject>> fetch(String service, URI base) {
        return client.request(HttpMethod.GET, base.getPort(), base.getHost(), "/q/openapi?format=json")
                .compose(request -> request.send().compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture(service + " answered " + response.statusCode())))
                .map(Buffer::toJsonObject)
                .map(document -> Map.entry(service, document))
                .recover(failure -> Future.failedFuture(service + ": " + failure.getMessage()));
    }

    static void merge(JsonObject merged, String service, JsonObject document) {
        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        JsonObject theirs = document.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        String text = document.encode();
        for (String name : theirs.fieldNames()) {
            JsonObject schema = theirs.getJsonObject(name);
            if (schemas.containsKey(name) && !schemas.getJsonObject(name).equals(schema)) {
                String renamed = Character.toUpperCase(service.charAt(0)) + service.substring(1) + name;
                text = text.replace("\"#/components/schemas/" + name + "\"", "\"#/components/schemas/" + renamed + "\"");
            }
        }
        JsonObject rewritten = new JsonObject(text);
        JsonObject rewrittenSchemas = rewritten.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
        for (String name : theirs.fieldNames()) {
            boolean clash = schemas.containsKey(name) && !schemas.getJsonObject(name).equals(theirs.getJsonObject(name));
            String target = clash ? Character.toUpperCase(service.charAt(0)) + service.substring(1) + name : name;
            schemas.put(target, rewrittenSchemas.getJsonObject(name));
        }
        rewritten.getJsonObject("paths", new JsonObject()).forEach(path -> {
            if (path.getKey().startsWith("/api/")) {
                merged.getJsonObject("paths").put(path.getKey(), path.getValue());
            }
        });
        JsonObject schemes = rewritten.getJsonObject("components", new JsonObject()).getJsonObject("securitySchemes", new JsonObject());
        schemes.forEach(scheme -> merged.getJsonObject("components").getJsonObject("securitySchemes").put(scheme.getKey(), scheme.getValue()));
    }
}
