package dev.helhet.gateway;

import dev.helhet.gateway.limits.CallerBoundOrigin;
import dev.helhet.gateway.limits.RateLimitGate;
import dev.helhet.gateway.session.BrowserCookies;
import dev.helhet.gateway.session.CallerResolver;
import dev.helhet.gateway.session.SessionCsrf;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Routes {@code /api/v1/<context>/**} to the service of that bounded context, unchanged. A partner's
 * bearer token passes on as it came; for a browser the gateway sends the session's access token (the
 * browser never holds one), checks the CSRF token on every change, and names the municipality the
 * user chose. Anonymous or invalid callers (rate-limited by address; let through only to the open-data
 * paths, GET only), too-large bodies and clients
 * over their rate are refused here already (the services check the token again); an unknown context is a 404.
 */
@ApplicationScoped
public class ApiRoutes {

    static final int API_ORDER = 1000;
    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String MUNICIPALITY_HEADER = "X-Helhet-Municipality";

    private final GatewayConfig config;
    private final RateLimitGate rateLimit;
    private final SessionCsrf csrf;
    private final MeterRegistry metrics;

    public ApiRoutes(GatewayConfig config, RateLimitGate rateLimit, SessionCsrf csrf, MeterRegistry metrics) {
        this.config = config;
        this.rateLimit = rateLimit;
        this.csrf = csrf;
        this.metrics = metrics;
    }

    void register(@Observes Router router, Vertx vertx) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) config.requestTimeout().toSeconds())
                .setKeepAlive(true)
                .setMaxPoolSize(config.admission().connections())
                .setMaxWaitQueueSize(config.admission().queue());
        for (Map.Entry<String, URI> upstream : config.upstream().entrySet()) {
            URI target = upstream.getValue();
            HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(options))
                    .origin(new CallerBoundOrigin(target.getPort(), target.getHost(), config.admission().queueWait().toMillis()))
                    .addInterceptor(new UpstreamFailures(upstream.getKey(), metrics))
                    .addInterceptor(RouteLabels.fromAnswers());
            router.routeWithRegex("/api/v1/" + Pattern.quote(upstream.getKey()) + "(/.*)?")
                    .order(API_ORDER)
                    .handler(context -> forward(context, proxy));
            LOG.infof("Routing /api/v1/%s/** to %s", upstream.getKey(), target);
        }
        router.route("/api/*").order(API_ORDER + 10).handler(GatewayProblems::unknownApi);
    }

    private void forward(RoutingContext context, HttpProxy proxy) {
        HttpServerRequest request = context.request();
        // Hold the body until the caller is known; the proxy resumes the stream when it forwards it.
        request.pause();
        RequestIds.assign(request);
        ForwardedHeaders.strip(request);
        // A request refused before its caller is known counts against its address, like an anonymous one.
        if (!withinBodyLimit(context)) {
            request.resume();
            return;
        }
        CallerResolver.resolve(context, caller -> {
            if (caller == null && isOpen(request)) {
                forwardAnonymously(context, proxy);
                return;
            }
            if (caller == null) {
                request.resume();
                GatewayProblems.anonymous(context, rateLimit);
                return;
            }
            if (!rateLimit.admit(context, caller.rateKey())) {
                request.resume();
                return;
            }
            if (caller.browserSession()) {
                if (!SAFE.contains(request.method()) && !csrf.presented(context)) {
                    request.resume();
                    GatewayProblems.forbidden(context, "csrf", "Missing or wrong CSRF token",
                            "Send the value of the helhet_csrf cookie in the X-CSRF-Token header");
                    return;
                }
                request.headers().set("Authorization", "Bearer " + caller.accessToken());
                String chosen = BrowserCookies.chosenMunicipality(request);
                if (chosen != null && request.getHeader(MUNICIPALITY_HEADER) == null && caller.municipalities().contains(chosen)) {
                    request.headers().set(MUNICIPALITY_HEADER, chosen);
                }
                request.headers().remove("Cookie");
            }
            proxy.handle(request);
        });
    }

    private boolean isOpen(HttpServerRequest request) {
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            return false;
        }
        String path = request.path();
        return path != null && config.openPaths().matcher(path).matches();
    }

    /** Open data: no credentials go upstream (not even a stale cookie or token), and each address has its own bucket. */
    private void forwardAnonymously(RoutingContext context, HttpProxy proxy) {
        HttpServerRequest request = context.request();
        if (!rateLimit.admitAnonymous(context)) {
            request.resume();
            return;
        }
        request.headers().remove("Authorization");
        request.headers().remove("Cookie");
        request.headers().remove(MUNICIPALITY_HEADER);
        proxy.handle(request);
    }

    /** Refuses bodies over the limit by their Content-Length, and bodies without one (chunked). */
    private boolean withinBodyLimit(RoutingContext context) {
        HttpServerRequest request = context.request();
        String length = request.getHeader("Content-Length");
        if (length == null) {
            boolean mayCarryBody = request.method() == HttpMethod.POST || request.method() == HttpMethod.PUT
                    || request.method() == HttpMethod.PATCH;
            // HTTP/1.1 says chunked in Transfer-Encoding; HTTP/2 streams a body of unknown length without either header.
            if (request.getHeader("Transfer-Encoding") != null
                    || (mayCarryBody && request.version() == io.vertx.core.http.HttpVersion.HTTP_2)) {
                if (rateLimit.admitAnonymous(context)) {
                    GatewayProblems.lengthRequired(context);
                }
                return false;
            }
            return true;
        }
        try {
            if (Long.parseLong(length.trim()) > config.maxBodySize()) {
                if (rateLimit.admitAnonymous(context)) {
                    GatewayProblems.payloadTooLarge(context, config.maxBodySize());
                }
                return false;
            }
            return true;
        } catch (NumberFormatException e) {
            if (rateLimit.admitAnonymous(context)) {
                GatewayProblems.lengthRequired(context);
            }
            return false;
        }
    }
}
