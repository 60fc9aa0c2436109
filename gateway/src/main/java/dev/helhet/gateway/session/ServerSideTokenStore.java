package dev.helhet.gateway.session;

import dev.helhet.gateway.GatewayProblems;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    /** The CSRF token of the request's session while it serves. */
    private static final String CSRF = "helhet.session-csrf";
    /** Set when Quarkus, having refreshed the tokens of the session this request was served by, replaces them. */
    private static final String REFRESHING = "helhet.session-refreshing";

    /** How often a replica removes ended sessions (at a sign-in, at most this often). */
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);
    /** How long a signed-out session's row is kept (it serves nothing meanwhile). */
    private static final Duration RETIRED_KEPT = Duration.ofSeconds(30);

    private final BrowserSessionTable table;
    private final Duration lifetime;
    private final String logoutPath;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.EPOCH);

    public ServerSideTokenStore(BrowserSessionTable table, dev.helhet.gateway.GatewayConfig config,
                                @ConfigProperty(name = "quarkus.oidc.logout.path") String logoutPath, Clock clock) {
        this.table = table;
        this.lifetime = config.sessionLifetime();
        this.logoutPath = logoutPath;
        this.clock = clock;
    }

    @Override
    public Uni<String> createTokenState(RoutingContext context, OidcTenantConfig config, AuthorizationCodeTokens tokens,
                                        OidcRequestContext<String> requestContext) {
        Instant now = clock.instant();
        String refreshed = context.get(REFRESHING);
        if (refreshed != null) {
            // Refreshed tokens go into the session they belong to, which keeps its id, CSRF token and lifetime, so the
            // page's token and the browser's parallel requests keep working. Only while it still serves: a sign-out in
            // the meantime (on any replica) wins, and no new session is made in its place.
            String csrf = context.get(CSRF);
            return table.replace(SessionSeal.lookupHash(refreshed), SessionSeal.seal(refreshed, new SessionSeal.Contents(tokens, csrf)), now)
                    .onFailure().transform(SessionStoreUnavailable::new)
                    .flatMap(kept -> kept ? Uni.createFrom().item(refreshed) : noSession());
        }
        String sessionId = SessionSeal.newSessionId();
        String csrf = SessionSeal.newCsrfToken();
        return table.insert(SessionSeal.lookupHash(sessionId), SessionSeal.seal(sessionId, new SessionSeal.Contents(tokens, csrf)),
                        now.plus(lifetime), now)
                .onFailure().invoke(failure -> signInUnavailable(context))
                .onFailure().transform(SessionStoreUnavailable::new)
                .invoke(() -> serving(context, sessionId, csrf))
                .call(() -> cleanUp(now))
                .replaceWith(sessionId);
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

    /**
     * Quarkus calls this at sign-out, when a session no longer holds, when a new sign-in replaces an old cookie, and
     * also just before it stores refreshed tokens of the session that served this request. Only that last one keeps the
     * session: retiring it there would make the browser's parallel requests fail until the new tokens are stored.
     */
    @Override
    public Uni<Void> deleteTokens(RoutingContext context, OidcTenantConfig config, String sessionId,
                                  OidcRequestContext<Void> requestContext) {
        if (!SessionSeal.wellFormed(sessionId)) {
            return Uni.createFrom().voidItem();
        }
        boolean signingOut = context.request().path().equals(logoutPath);
        if (!signingOut && sessionId.equals(context.get(SESSION_ID)) && context.get(CSRF) != null) {
            context.put(REFRESHING, sessionId);
            return Uni.createFrom().voidItem();
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
    }

    /**
     * Answers a sign-in whose session could not be stored 503 with Retry-After. Quarkus would make it a 401, as if the user
     * had been refused; it leaves an answer already sent alone.
     */
    private static void signInUnavailable(RoutingContext context) {
        if (!context.response().headWritten()) {
            GatewayProblems.signInUnavailable(context);
        }
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
        return table.deleteEnded(now, now.minus(RETIRED_KEPT))
                .onFailure().invoke(failure -> LOG.warnf("Removing ended browser sessions failed: %s", failure.getMessage()))
                .onFailure().recoverWithItem(0)
                .replaceWithVoid();
    }
}
