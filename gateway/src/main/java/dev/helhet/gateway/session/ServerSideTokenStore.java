package dev.helhet.gateway.session;

import io.quarkus.oidc.AuthorizationCodeTokens;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TokenStateManager;
import io.quarkus.security.AuthenticationFailedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the browser session's tokens on the server: the session cookie carries only an opaque,
 * random id, so no token ever reaches the browser. The session also holds its CSRF token, so a token
 * is valid for the one session it was made for; refreshed tokens keep the session's id and CSRF token.
 * A deleted session (sign-out) serves no further request. An unknown, expired or tampered session id (after a
 * gateway restart, say) fails authentication: Quarkus drops the cookie and starts a fresh sign-in.
 * Held in memory: with several gateway replicas, route a browser to the same replica (session
 * affinity); see docs/adr/0012.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ServerSideTokenStore implements TokenStateManager {

    /** Where the current request's session id is kept once Quarkus has looked its tokens up. */
    static final String SESSION_ID = "helhet.session-id";

    private final Map<String, Stored> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Duration lifetime;
    private final Clock clock;

    public ServerSideTokenStore(dev.helhet.gateway.GatewayConfig config, Clock clock) {
        this.lifetime = config.sessionLifetime();
        this.clock = clock;
    }

    /** A session; {@code retiredAt} is set when Quarkus deletes it, which it also does just before storing refreshed tokens. */
    private record Stored(AuthorizationCodeTokens tokens, Instant expiresAt, String csrfToken, Instant retiredAt) {

        Stored refreshed(AuthorizationCodeTokens newTokens) {
            return new Stored(newTokens, expiresAt, csrfToken, null);
        }

        Stored retired(Instant at) {
            return new Stored(tokens, expiresAt, csrfToken, at);
        }
    }

    /** How long a deleted session can still be revived by a refresh in the same request; it serves no request meanwhile. */
    private static final Duration RETIRED_GRACE = Duration.ofSeconds(30);

    @Override
    public Uni<String> createTokenState(RoutingContext context, OidcTenantConfig config, AuthorizationCodeTokens tokens,
                                        OidcRequestContext<String> requestContext) {
        removeExpired();
        // A refresh: Quarkus deleted the session a moment ago in this same request, then stores the new tokens. They go
        // into that session: its id, CSRF token and lifetime stay, so the page's token and parallel requests keep working.
        String refreshed = context.get(SESSION_ID);
        if (refreshed != null && sessions.computeIfPresent(refreshed, (id, stored) -> stored.refreshed(tokens)) != null) {
            return Uni.createFrom().item(refreshed);
        }
        String sessionId = randomId(32);
        sessions.put(sessionId, new Stored(tokens, clock.instant().plus(lifetime), randomId(24), null));
        context.put(SESSION_ID, sessionId);
        return Uni.createFrom().item(sessionId);
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext context, OidcTenantConfig config, String sessionId,
                                                  OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        Stored stored = sessionId == null ? null : sessions.get(sessionId);
        if (stored == null || stored.retiredAt() != null || stored.expiresAt().isBefore(clock.instant())) {
            if (sessionId != null) {
                sessions.remove(sessionId);
            }
            return Uni.createFrom().failure(new AuthenticationFailedException("No such browser session"));
        }
        context.put(SESSION_ID, sessionId);
        return Uni.createFrom().item(stored.tokens());
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext context, OidcTenantConfig config, String sessionId,
                                  OidcRequestContext<Void> requestContext) {
        if (sessionId != null) {
            Instant now = clock.instant();
            sessions.computeIfPresent(sessionId, (id, stored) -> stored.retired(now));
        }
        return Uni.createFrom().voidItem();
    }

    /** The CSRF token of the request's session, once the session has been resolved. */
    public Optional<String> csrfToken(RoutingContext context) {
        String sessionId = context.get(SESSION_ID);
        return Optional.ofNullable(sessionId == null ? null : sessions.get(sessionId))
                .filter(stored -> stored.retiredAt() == null).map(Stored::csrfToken);
    }

    /** Whether {@code presented} is the CSRF token of the request's session. */
    public boolean csrfValid(RoutingContext context, String presented) {
        return presented != null && csrfToken(context).map(expected -> MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }

    /** Sessions held now (for metrics and tests). */
    public int size() {
        return (int) sessions.values().stream().filter(stored -> stored.retiredAt() == null).count();
    }

    private String randomId(int bytes) {
        byte[] id = new byte[bytes];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }

    private void removeExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(stored -> stored.expiresAt().isBefore(now)
                || (stored.retiredAt() != null && stored.retiredAt().plus(RETIRED_GRACE).isBefore(now)));
    }
}
