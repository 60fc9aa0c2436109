package dev.helhet.gateway;

import io.smallrye.config.ConfigMapping;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Where the gateway sends each bounded context's API, and how long it waits. */
@ConfigMapping(prefix = "helhet.gateway")
public interface GatewayConfig {

    /** Base URL per context: {@code /api/v1/<context>/**} goes to {@code upstream.<context>}. */
    Map<String, URI> upstream();

    Duration connectTimeout();

    Duration requestTimeout();

    /** How long a browser session lasts at most, whatever its tokens' refreshes. */
    Duration sessionLifetime();

    /** Per-client request rate. */
    RateLimit rateLimit();

    /** A token bucket: {@code perSecond} on average, bursts of {@code burst}. */
    interface RateLimit {
        double perSecond();

        double burst();
    }

    /**
     * Path prefixes anyone may read without signing in (open data): GET and HEAD only, rate-limited by address,
     * and forwarded without any credentials. The service answering them checks nothing else, so list only
     * endpoints that publish what is public anyway.
     */
    @io.smallrye.config.WithDefault("/api/v1/statistics/open/")
    java.util.List<String> openPaths();

    /** Largest request body the gateway forwards, in bytes. */
    @io.smallrye.config.WithDefault("1048576")
    long maxBodySize();
}
