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
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the browser session's tokens on the server, in the gateway's database (docs/adr/0044): the session cookie
 * carries only an opaque random id, so no token reaches the browser, and every replica, before and after a restart,
 * serves the same sessions. The session also holds its CSRF token, so a token is valid for the one session it was
 * made for; refreshed tokens keep the session's id and CSRF token. A session retired at sign-out serves no further
 * request on any replica. An unknown, ended or tampered session id fails authentication: Quarkus drops the cookie and
 * starts a fresh sign-in.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ServerSideTokenStore implements TokenStateManager {

    private static final Logger LOG = Logger.getLogger(ServerSideTokenStore.class);

    /** Where the current request's session id is kept once Quarkus has looked its tokens up. */
    static final String SESSION_ID = "helhet.session-id";
    /** The CSRF token of the request's session while it serves; {@link #RETIRED_CSRF} once deleted in this request. */
    private static final String CSRF = "helhet.session-csrf";
    private static final String RETIRED_CSRF = "helhet.session-csrf-retired";

    /** How long a deleted session can still be revived by a refresh in the same request; it serves no request meanwhile. */
    private static final Duration RETIRED_GRACE = Duration.ofSeconds(30);
    /** How often a replica removes ended sessions (at a sign-in, at most this often). */
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

    private final BrowserSessionTable table;
    private final Duration lifetime;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.EPOCH);

    public ServerSideTokenStore(BrowserSessionTable table, dev.helhet.gateway.GatewayConfig config, Clock clock) {
        this.table = table;
        this.lifetime = config.sessionLifetime();
        this.clock = clock;
    }

    @Override
    public Uni<String> createTokenState(RoutingContext context, OidcTenantConfig config, AuthorizationCodeTokens tokens,
                                        OidcRequestContext<String> requestContext) {
        Instant now = clock.instant();
        // A refresh: Quarkus deleted the session a moment ago in this same request, then stores the new tokens. They go
        // into that session: its id, CSRF token and lifetime stay, so the page's token and parallel requests keep working.
        String refreshed = context.get(SESSION_ID);
        String keptCsrf = context.get(RETIRED_CSRF);
        Uni<Boolean> revived = refreshed == null || keptCsrf == null ? Uni.createFrom().item(false)
                : table.replace(SessionSeal.lookupHash(refreshed), SessionSeal.seal(refreshed, new SessionSeal.Contents(tokens, keptCsrf)), now);
        return revived.flatMap(kept -> {
            if (kept) {
                serving(context, refreshed, keptCsrf);
                return Uni.createFrom().item(refreshed);
            }
            String sessionId = SessionSeal.newSessionId();
            String csrf = SessionSeal.newCsrfToken();
            return table.insert(SessionSeal.lookupHash(sessionId), SessionSeal.seal(sessionId, new SessionSeal.Contents(tokens, csrf)),
                            now.plus(lifetime), now)
                    .onFailure().transform(SessionStoreUnavailable::new)
                    .invoke(() -> serving(context, sessionId, csrf))
                    .call(() -> cleanUp(now))
                    .replaceWith(sessionId);
        });
    }

    @Override
    public Uni<AuthorizationCodeTokens> getTokens(RoutingContext context, OidcTenantConfig config, String sessionId,
                                                  OidcRequestContext<AuthorizationCodeTokens> requestContext) {
        if (!SessionSeal.wellFormed(sessionId)) {
            return noSession();
        }
        Instant now = clock.instant();
        return table.find(SessionSeal.lookupHash(sessionId))
                .onFailure().transform(SessionStoreUnavailable::new)
                .flatMap(found -> {
            Optional<SessionSeal.Contents> contents = found.filter(stored -> stored.servesAt(now))
                    .flatMap(stored -> SessionSeal.unseal(sessionId, stored.sealed()));
            if (contents.isEmpty()) {
                return noSession();
            }
            serving(context, sessionId, contents.get().csrfToken());
            return Uni.createFrom().item(contents.get().tokens());
        });
    }

    @Override
    public Uni<Void> deleteTokens(RoutingContext context, OidcTenantConfig config, String sessionId,
                                  OidcRequestContext<Void> requestContext) {
        if (!SessionSeal.wellFormed(sessionId)) {
            return Uni.createFrom().voidItem();
        }
        if (sessionId.equals(context.get(SESSION_ID)) && context.get(CSRF) != null) {
            context.put(RETIRED_CSRF, context.get(CSRF));
        }
        context.remove(CSRF);
        return table.retire(SessionSeal.lookupHash(sessionId), clock.instant()).onFailure().transform(SessionStoreUnavailable::new);
    }

    /** The CSRF token of the request's session, once the session has been resolved. */
    public Optional<String> csrfToken(RoutingContext context) {
        return Optional.ofNullable(context.get(CSRF));
    }

    /** Whether {@code presented} is the CSRF token of the request's session. */
    public boolean csrfValid(RoutingContext context, String presented) {
        return presented != null && csrfToken(context).map(expected -> MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }

    private static void serving(RoutingContext context, String sessionId, String csrf) {
        context.put(SESSION_ID, sessionId);
        context.put(CSRF, csrf);
        context.remove(RETIRED_CSRF);
    }

    private static <T> Uni<T> noSession() {
        return Uni.createFrom().failure(new AuthenticationFailedException("No such browser session"));
    }

    /** Removes ended sessions, at most once a minute per replica; a failure here never fails the sign-in. */
    private Uni<Void> cleanUp(Instant now) {
        Instant last = lastCleanup.get();
        if (last.plus(CLEANUP_EVERY).isAfter(now) || !lastCleanup.compareAndSet(last, now)) {
            return Uni.createFrom().voidItem();
        }
        return table.deleteEnded(now, now.minus(RETIRED_GRACE))
                .onFailure().invoke(failure -> LOG.warnf("Removing ended browser sessions failed: %s", failure.getMessage()))
                .onFailure().recoverWithItem(0)
                .replaceWithVoid();
    }
}
