package dev.helhet.gateway.openapi;

import dev.helhet.gateway.GatewayConfig;
import dev.helhet.gateway.limits.RateLimitGate;
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
 * server, token endpoint and rate limit. Cached a minute (five seconds while a service is down).
 */
@ApplicationScoped
public class OpenApiAggregator {

    private static final long CACHE_MILLIS = 60_000;
    /** While a service is down the document is incomplete; it is composed again this soon, not on every request. */
    private static final long INCOMPLETE_CACHE_MILLIS = 5_000;

    private final GatewayConfig config;
    private final RateLimitGate rateLimit;
    private final PublicApiSettings settings;
    private Vertx vertx;
    private HttpClient client;
    private Future<Buffer> document;
    private long expiresAt;

    public OpenApiAggregator(GatewayConfig config, RateLimitGate rateLimit,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.config = config;
        this.rateLimit = rateLimit;
        this.settings = new PublicApiSettings(config.publicApi().serverUrl(), config.publicApi().environment(),
                config.publicApi().tokenUrl().orElse(authServerUrl + "/protocol/openid-connect/token"),
                new PublicApiSettings.RateLimitPolicy(config.rateLimit().perSecond(), config.rateLimit().burst()));
    }

    void register(@Observes Router router, Vertx vertx) {
        this.vertx = vertx;
        client = vertx.createHttpClient();
        router.get("/api/v1/openapi").order(800).handler(this::serve);
    }

    /** Anyone may read it, limited by address like any anonymous caller: it is large, so it is composed once and shared. */
    private void serve(RoutingContext context) {
        if (!rateLimit.admitAnonymous(context)) {
            return;
        }
        current().onComplete(done -> {
            if (done.succeeded()) {
                context.response().putHeader("Content-Type", "application/json").end(done.result());
            } else {
                context.fail(done.cause());
            }
        });
    }

    /** The cached document, or the one being composed: concurrent readers share a single composition. */
    private synchronized Future<Buffer> current() {
        if (document == null || (document.isComplete() && System.currentTimeMillis() >= expiresAt) || document.failed()) {
            document = compose();
            expiresAt = Long.MAX_VALUE;
        }
        return document;
    }

    private Future<Buffer> compose() {
        List<Future<Map.Entry<String, JsonObject>>> fetches = new ArrayList<>();
        new TreeMap<>(config.upstream()).forEach((service, base) -> fetches.add(fetch(service, base)));
        return Future.join(fetches).transform(done -> vertx.executeBlocking(() -> {
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
            if (!missing.isEmpty()) {
                composed.getJsonObject("info").put("x-incomplete", new JsonArray(missing));
            }
            synchronized (this) {
                expiresAt = System.currentTimeMillis() + (missing.isEmpty() ? CACHE_MILLIS : INCOMPLETE_CACHE_MILLIS);
            }
            return composed.toBuffer();
        }, false));
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
