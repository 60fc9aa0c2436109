package dev.helhet.gateway;

import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the gateway's request metrics to a bounded set of labels without personal data: a request is labelled by the
 * route template the service that answered names ({@code X-Helhet-Route}), else by its service's prefix
 * ({@code /api/v1/participants/*}); the web app's deep links, assets and unknown paths by one label each. A raw path
 * would make a series per person id, and let anyone make series without end.
 */
@ApplicationScoped
public class RouteLabels {

    /** The header the services name their route in (dev.helhet.common.http.RouteHeader); never passed on to a caller. */
    static final String ROUTE_HEADER = "X-Helhet-Route";
    /** Where Quarkus' HTTP metrics look for the request's template first. */
    private static final String TEMPLATE = "UrlPathTemplate";
    private static final Set<String> FIXED = Set.of("/", "/login", "/logout", "/api/v1/openapi", "/q/metrics", "/q/health",
            "/q/health/live", "/q/health/ready", "/q/health/started");
    private static final Pattern TEMPLATE_SHAPE = Pattern.compile("/api/v1/[a-z-]+(/[A-Za-z0-9{}._-]+){0,8}");

    private final Set<String> services;

    public RouteLabels(GatewayConfig config) {
        this.services = config.upstream().keySet();
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(context);
            if (metric != null) {
                metric.setTemplatePath(fallback(context.request().path()));
            }
            context.next();
        });
    }

    /** The route a request is labelled by once answered: the one its service named, else {@link #fallback}. */
    String of(HttpServerRequest request) {
        if (request instanceof HttpServerRequestInternal internal && internal.context().getLocal(TEMPLATE) instanceof String named) {
            return named;
        }
        return fallback(request.path());
    }

    /** The label of a request no service has named a route for yet. */
    String fallback(String path) {
        if (path == null || FIXED.contains(path)) {
            return path == null ? "/" : path;
        }
        if (path.startsWith("/api/v1/")) {
            String service = path.substring("/api/v1/".length()).split("/", 2)[0];
            return services.contains(service) ? "/api/v1/" + service + "/*" : "/api/*";
        }
        if (path.startsWith("/api/")) {
            return "/api/*";
        }
        if (path.startsWith("/q/")) {
            return "/q/*";
        }
        return path.startsWith("/assets/") ? "/assets/*" : "/{web-app}";
    }

    /** The proxy's step that reads the route off each answer (and removes the header) before it goes to the caller. */
    static io.vertx.httpproxy.ProxyInterceptor fromAnswers() {
        return new io.vertx.httpproxy.ProxyInterceptor() {
            @Override
            public io.vertx.core.Future<Void> handleProxyResponse(io.vertx.httpproxy.ProxyContext context) {
                fromAnswer(context.request().proxiedRequest(), context.response().headers());
                return context.sendResponse();
            }
        };
    }

    /** Takes the route a service named off its answer and labels the request with it, if it has a route's shape. */
    static void fromAnswer(HttpServerRequest request, io.vertx.core.MultiMap answerHeaders) {
        String route = answerHeaders.get(ROUTE_HEADER);
        answerHeaders.remove(ROUTE_HEADER);
        if (route != null && TEMPLATE_SHAPE.matcher(route).matches() && request instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(TEMPLATE, route);
        }
    }
}
