package dev.helhet.publicapi;

/**
 * What differs between deployments in the public document.
 *
 * @param serverUrl   where partners call the gateway; a relative {@code /} means the host that served the document
 * @param environment one word for the deployment (production, test, local ...), shown with the server
 * @param tokenUrl    the Keycloak realm's token endpoint partners fetch client-credentials tokens from
 * @param rateLimit   the gateway's per-client limit, as partners are told it
 */
public record PublicApiSettings(String serverUrl, String environment, String tokenUrl, RateLimitPolicy rateLimit) {

    /** A token bucket: {@code perSecond} on average, bursts of {@code burst}. */
    public record RateLimitPolicy(double perSecond, double burst) {
    }
}
