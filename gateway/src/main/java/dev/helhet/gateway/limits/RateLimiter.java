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

    private final double perSecond;
    private final double burst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(dev.helhet.gateway.GatewayConfig config) {
        this.perSecond = config.rateLimit().perSecond();
        this.burst = config.rateLimit().burst();
    }

    /** 0 when the request may pass; otherwise the seconds to wait (for Retry-After). */
    public long acquire(String client) {
        if (buckets.size() > 100_000) {
            buckets.clear(); // a flood of distinct clients must not exhaust memory; buckets refill anyway
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(burst)).take(perSecond, burst, System.nanoTime());
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(double tokens) {
            this.tokens = tokens;
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
