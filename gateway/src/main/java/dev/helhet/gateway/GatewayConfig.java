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

    /** Largest request body the gateway forwards, in bytes. */
    @io.smallrye.config.WithDefault("1048576")
    long maxBodySize();
}
