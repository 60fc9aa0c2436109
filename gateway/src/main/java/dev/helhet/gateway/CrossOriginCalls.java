package dev.helhet.gateway;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Set;

/**
 * Lets the browser apps a deployment names ({@code helhet.gateway.cors-origins}) call the API from their own origin
 * with a bearer token: their preflights are answered here and their answers carry {@code Access-Control-Allow-Origin}.
 * Any other origin gets no CORS header, so browsers keep its scripts out. Credentials (the session cookie) are never
 * allowed cross-origin: the web UI is same-origin, and partner services call server to server.
 */
@ApplicationScoped
public class CrossOriginCalls {

    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-Helhet-Municipality, X-Request-Id, Idempotency-Key, If-Match";
    private static final String EXPOSED_HEADERS = "Location, ETag, Idempotent-Replayed, Retry-After, RateLimit, RateLimit-Policy, X-Request-Id, Deprecation, Sunset, Link";

    private final Set<String> origins;

    public CrossOriginCalls(GatewayConfig config) {
        this.origins = config.corsOrigins().orElse(Set.of());
    }

    void register(@Observes Router router) {
        if (!origins.isEmpty()) {
            // Before the request-line limit (-3), so its refusals reach the portal's scripts too.
            router.route("/api/*").order(-4).handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        // Every answer varies by Origin once some origins get CORS headers, so no cache hands one origin's answer to another.
        context.response().putHeader("Vary", "Origin");
        String origin = context.request().getHeader("Origin");
        if (origin == null || !origins.contains(origin)) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response().putHeader("Access-Control-Allow-Origin", origin);
        if (context.request().method() == HttpMethod.OPTIONS && context.request().getHeader("Access-Control-Request-Method") != null) {
            response.putHeader("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE")
                    .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .putHeader("Access-Control-Max-Age", "600")
                    .setStatusCode(204)
                    .end();
            return;
        }
        response.putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        context.next();
    }
}
