package dev.helhet.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code per-second} requests a second on average, bursts up to
 * {@code burst}. Each request takes a token or is refused with the seconds until the next one; either way the
 * caller is told what is left ({@link Allowance}), which the gateway sends as the RateLimit headers.
 */
@ApplicationScoped
public class RateLimiter {

    /** Key prefix of callers without a valid session or token, limited by address. */
    public static final String ANONYMOUS = "anonymous:";
    private static final int MAX_CLIENTS = 100_000;

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(dev.helhet.gateway.GatewayConfig config) {
        this.perSecond = config.rateLimit().perSecond();
        this.burst = config.rateLimit().burst();
    }

    /** Takes a token from the client's bucket if it has one. */
    public Allowance acquire(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            forgetIdleClients();
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(burst)).take(perSecond, burst, System.nanoTime());
    }

    /** The policy, as the RateLimit-Policy header states it: {@code burst} requests per the seconds a bucket takes to fill. */
    public String policy() {
        return "\"default\";q=" + (long) burst + ";w=" + (long) Math.ceil(burst / perSecond);
    }

    /**
     * The outcome of one request against its client's bucket.
     *
     * @param retryAfterSeconds 0 when the request may pass; otherwise the seconds until it could (for Retry-After)
     * @param remaining         whole requests left in the bucket now
     * @param fullInSeconds     seconds until the bucket is full again
     */
    public record Allowance(long retryAfterSeconds, long remaining, long fullInSeconds) {

        public boolean refused() {
            return retryAfterSeconds > 0;
        }

        /** The RateLimit header's value (draft-ietf-httpapi-ratelimit-headers). */
        public String header() {
            return "\"default\";r=" + remaining + ";t=" + fullInSeconds;
        }
    }

    /**
     * A flood of distinct clients must not exhaust memory, nor reset anyone's limit: a full bucket is the same as
     * none, so those go first; if the flood is of fresh anonymous addresses, theirs go next, signed-in clients' never.
     */
    private void forgetIdleClients() {
        long now = System.nanoTime();
        buckets.values().removeIf(bucket -> bucket.full(perSecond, burst, now));
        if (buckets.size() > MAX_CLIENTS) {
            buckets.keySet().removeIf(client -> client.startsWith(ANONYMOUS));
        }
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
        }

        synchronized boolean full(double perSecond, double burst, long now) {
            return tokens + (now - refilledAt) / 1e9 * perSecond >= burst;
        }

        synchronized Allowance take(double perSecond, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            long retryAfter = 0;
            if (tokens >= 1) {
                tokens -= 1;
            } else {
                retryAfter = (long) Math.ceil((1 - tokens) / perSecond);
            }
            return new Allowance(retryAfter, (long) Math.floor(tokens), (long) Math.ceil((burst - tokens) / perSecond));
        }
    }
}
