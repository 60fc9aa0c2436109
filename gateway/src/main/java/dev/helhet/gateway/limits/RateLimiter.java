package dev.helhet.gateway.limits;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code per-second} requests a second on average, bursts up to
 * {@code burst}. An exhausted bucket answers how many seconds until the next request may pass.
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

    /** 0 when the request may pass; otherwise the seconds to wait (for Retry-After). */
    public long acquire(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            forgetIdleClients();
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(burst)).take(perSecond, burst, System.nanoTime());
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

        synchronized long take(double perSecond, double burst, long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }
}
