package dev.helhet.gateway;

import io.opentelemetry.api.trace.Span;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * One line per request in the log category {@code helhet.access}: method, route template (never the raw path, which
 * holds person ids), status, duration, request id and trace id, so a caller's request id leads to the trace through
 * every service. No query, no address, no user: nothing personal. Health and metrics scrapes are left out.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("helhet.access");

    private final RouteLabels routes;

    public AccessLog(RouteLabels routes) {
        this.routes = routes;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            HttpServerRequest request = context.request();
            if (!request.path().startsWith("/q/")) {
                long started = System.nanoTime();
                // Taken now, while the request's span is current; the end handler runs outside it.
                String traceId = Span.current().getSpanContext().getTraceId();
                context.addEndHandler(ended -> LOG.infof("%s %s %d %d ms request=%s trace=%s", request.method(), routes.of(request),
                        context.response().getStatusCode(), (System.nanoTime() - started) / 1_000_000,
                        RequestIds.wellFormed(request.getHeader(RequestIds.HEADER)) ? request.getHeader(RequestIds.HEADER) : "-", traceId));
            }
            context.next();
        });
    }
}
