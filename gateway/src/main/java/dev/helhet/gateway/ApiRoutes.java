package dev.helhet.gateway;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Routes {@code /api/v1/<context>/**} to the service of that bounded context, unchanged, with the
 * caller's bearer token. Anonymous or invalid callers are refused here already (the services check
 * again); an unknown context is a 404.
 */
@ApplicationScoped
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);
    private static final int API_ORDER = 1000;
    private static final BiConsumer<RoutingContext, Throwable> IGNORE_AUTH_FAILURE = (context, failure) -> {
    };

    private final GatewayConfig config;

    public ApiRoutes(GatewayConfig config) {
        this.config = config;
    }

    void register(@Observes Router router, Vertx vertx) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) config.requestTimeout().toSeconds())
                .setKeepAlive(true)
                .setMaxPoolSize(50);
        for (Map.Entry<String, URI> upstream : config.upstream().entrySet()) {
            URI target = upstream.getValue();
            HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(options))
                    .origin(target.getPort(), target.getHost());
            router.routeWithRegex("/api/v1/" + Pattern.quote(upstream.getKey()) + "(/.*)?")
                    .order(API_ORDER)
                    .handler(context -> forward(context, proxy));
            LOG.infof("Routing /api/v1/%s/** to %s", upstream.getKey(), target);
        }
        router.route("/api/*").order(API_ORDER + 1).handler(GatewayProblems::unknownApi);
    }

    private static void forward(RoutingContext context, HttpProxy proxy) {
        HttpServerRequest request = context.request();
        // Hold the body until the caller is known; the proxy resumes the stream when it forwards it.
        request.pause();
        RequestIds.assign(request);
        ForwardedHeaders.set(request);
        // Quarkus would answer an invalid token with a bare 401; this route answers it with problem+json below.
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_AUTH_FAILURE);
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> {
                    if (isAnonymous(identity)) {
                        request.resume();
                        GatewayProblems.unauthenticated(context);
                    } else {
                        proxy.handle(request);
                    }
                },
                failure -> {
                    request.resume();
                    GatewayProblems.unauthenticated(context);
                });
    }

    private static boolean isAnonymous(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous();
    }
}
