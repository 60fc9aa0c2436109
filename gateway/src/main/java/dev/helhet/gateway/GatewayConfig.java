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

    /**
     * Admission control per service: at most {@code connections} requests in flight to it from this gateway, and at most
     * {@code queue} more waiting for a connection, none of them longer than {@code queueWait}. Beyond that a request is
     * answered 503 {@code overloaded}, with Retry-After, instead of waiting in a queue that only grows latency
     * (docs/operations.md, "Overload").
     */
    Admission admission();

    /** The bounds of {@link #admission()}. */
    interface Admission {
        @io.smallrye.config.WithDefault("50")
        int connections();

        @io.smallrye.config.WithDefault("200")
        int queue();

        /** The longest a request waits for a connection: a service that frees none in this time is overloaded. */
        @io.smallrye.config.WithDefault("1s")
        Duration queueWait();
    }

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
     * The paths anyone may read without signing in (open data), as a regular expression the whole raw path must match:
     * GET and HEAD only, rate-limited by address, forwarded without any credentials. Exact on purpose — an encoded
     * {@code %2e%2e} or any path beyond the open data does not match and needs a token as everywhere else.
     */
    @io.smallrye.config.WithDefault("/api/v1/statistics/open/(codes|[a-z0-9-]{1,64}\\.(csv|json))")
    java.util.regex.Pattern openPaths();

    /**
     * Origins of browser apps (a region's own portals) that may call the API cross-origin with a bearer token, like
     * {@code https://portal.example.org}; none unless set. Never with the session cookie.
     */
    java.util.Optional<java.util.Set<String>> corsOrigins();

    /**
     * Operations on their way out, by a name of the operator's choosing: each answer on a matching path says so with
     * {@code Deprecation} (RFC 9745), {@code Sunset} (RFC 8594) and a link to what replaces it (docs/partners.md, Versioning).
     */
    Map<String, Deprecation> deprecations();

    /** One deprecation: which paths, since when, until when, and what to use instead. */
    interface Deprecation {
        /** A regular expression the whole path must match. */
        java.util.regex.Pattern paths();

        /** When it was deprecated. */
        java.time.Instant since();

        /** When it stops answering: at least twelve months after its successor appeared. */
        java.time.Instant sunset();

        /** Where its successor or the migration guide is, for a {@code Link} with {@code rel="successor-version"}. */
        java.util.Optional<String> successor();
    }

    /** How the public OpenAPI document (GET /api/v1/openapi) names this deployment. */
    PublicApi publicApi();

    /** What differs between deployments in the public document. */
    interface PublicApi {
        /** Where partners call the gateway; {@code /} means the host that served the document. */
        @io.smallrye.config.WithDefault("/")
        String serverUrl();

        /** One word for the deployment (production, test, local ...). */
        @io.smallrye.config.WithDefault("local")
        String environment();

        /** The token endpoint partners use; by default the OIDC server's, as the gateway reaches it. */
        java.util.Optional<String> tokenUrl();
    }

    /** Largest request body the gateway forwards, in bytes. */
    @io.smallrye.config.WithDefault("1048576")
    long maxBodySize();
}
