package dev.helhet.gateway.limits;

import dev.helhet.gateway.GatewayProblems;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Takes a request through its client's rate limit. Every answer, passed or refused, tells the client what is left
 * ({@code RateLimit}) and the policy ({@code RateLimit-Policy}), so a well-behaved client slows down before it is
 * refused; a client over the limit gets 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class RateLimitGate {

    private final RateLimiter limiter;

    public RateLimitGate(RateLimiter limiter) {
        this.limiter = limiter;
    }

    /** Whether the request may go on; if not, the 429 has been sent. */
    public boolean admit(RoutingContext context, String client) {
        RateLimiter.Allowance allowance = limiter.acquire(client);
        context.response().putHeader("RateLimit-Policy", limiter.policy()).putHeader("RateLimit", allowance.header());
        if (allowance.refused()) {
            GatewayProblems.tooManyRequests(context, allowance.retryAfterSeconds());
            return false;
        }
        return true;
    }

    /** The same for a caller with no valid credentials, limited by address. */
    public boolean admitAnonymous(RoutingContext context) {
        return admit(context, RateLimiter.ANONYMOUS + context.request().remoteAddress().hostAddress());
    }
}
