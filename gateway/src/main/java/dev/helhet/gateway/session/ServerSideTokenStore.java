package dev.helhet.gateway.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the browser session's tokens on the server: the session cookie carries only an opaque,
 * random id, so no token ever reaches the browser. Held in memory: with several gateway replicas,
 * route a browser to the same replica (session affinity); see docs/adr/0012.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ServerSideTokenStore implements TokenStateManager {

    private final Map<String, Stored> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;
    private final Clock clock;

    public ServerSideTokenStore(dev.helhet.gateway.GatewayConfig config, Clock clock) {
        this.lifetime = config.sessionLifetime();
        this.clock = clock;
    }

    private record Stored(AuthorizationCodeTokens tokens, Instant expiresAt) {
    }

    @Override
    public Uni<String> createTokenState(RoutingContext context, OidcTenantConfig config, AuthorizationCodeTokens tokens,
                                        OidcRequestContext<String> requestContext) {
        removeExpired();
        byte[] id = new byte[32];
        random.nextBytes(id);
        String sessionId = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        sessions.put(sessionId, new Stored(tokens, clock.instant().plus(lifetime)));
        return Uni.createFrom().item(sessionId);
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext context, OidcTenantConfig config, String sessionId,
                                                  OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        Stored stored = sessions.get(sessionId);
        if (stored == null || stored.expiresAt().isBefore(clock.instant())) {
            sessions.remove(sessionId);
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(stored.tokens());
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext context, OidcTenantConfig config, String sessionId,
                                  OidcRequestContext<Void> requestContext) {
        sessions.remove(sessionId);
        return Uni.createFrom().voidItem();
    }

    /** Sessions held now (for metrics and tests). */
    public int size() {
        return sessions.size();
    }

    private void removeExpired() {
        Instant now = clock.instant();
        sessions.entrySet().removeIf(entry -> entry.getValue().expiresAt().isBefore(now));
    }
}
