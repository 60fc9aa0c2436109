package dev.helhet.gateway.limits;

import dev.helhet.gateway.GatewayProblems;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a request URI longer than {@value #LONGEST} characters with 414 problem+json, before any other
 * route. The HTTP server reads request lines up to {@code quarkus.http.limits.max-initial-line-length}
 * (set well above this); only a line beyond that gets the server's own empty 414.
 */
@ApplicationScoped
public class RequestLineLimit {

    private final RateLimitGate rateLimit;

    public RequestLineLimit(RateLimitGate rateLimit) {
        this.rateLimit = rateLimit;
    }

    /** The same limit as the services' (RequestSizeLimits). */
    public static final int LONGEST = 8192;

    void register(@Observes Router router) {
        router.route().order(-3).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (context.request().uri().length() > LONGEST) {
            // Counted against the address, like any request refused before its caller is known.
            if (rateLimit.admitAnonymous(context)) {
                GatewayProblems.uriTooLong(context, LONGEST);
            }
            return;
        }
        context.next();
    }
}
