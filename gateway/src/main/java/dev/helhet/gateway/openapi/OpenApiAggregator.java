package dev.helhet.gateway.openapi;

import dev.helhet.gateway.GatewayConfig;
import dev.helhet.gateway.GatewayProblems;
import dev.helhet.publicapi.PublicApiDocument;
import dev.helhet.publicapi.PublicApiSettings;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/v1/openapi}: the public API of every service in one OpenAPI document, as partner developers see it
 * through the gateway: each service's {@code /q/openapi} composed by {@link PublicApiDocument}, with this deployment's
 * server, token endpoint and rate limit. Cached a minute.
 */
@ApplicationScoped
public class OpenApiAggregator {

    private static final long CACHE_MILLIS = 60_000;

    private final GatewayConfig config;
    private final PublicApiSettings settings;
    private HttpClient client;
    private volatile JsonObject cached;
    private volatile long cachedAt;

    public OpenApiAggregator(GatewayConfig config, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.config = config;
        this.settings = new PublicApiSettings(config.publicApi().serverUrl(), config.publicApi().environment(),
                config.publicApi().tokenUrl().orElse(authServerUrl + "/protocol/openid-connect/token"),
                new PublicApiSettings.RateLimitPolicy(config.rateLimit().perSecond(), config.rateLimit().burst()));
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
            Map<String, JsonObject> documents = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (Future<Map.Entry<String, JsonObject>> fetch : fetches) {
                if (fetch.succeeded()) {
                    documents.put(fetch.result().getKey(), fetch.result().getValue());
                } else {
                    missing.add(fetch.cause().getMessage());
                }
            }
            JsonObject composed = PublicApiDocument.compose(documents, settings);
            if (missing.isEmpty()) {
                cached = composed;
                cachedAt = System.currentTimeMillis();
            } else {
                composed.getJsonObject("info").put("x-incomplete", new JsonArray(missing));
            }
            GatewayProblems.json(context, 200, composed);
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
}
