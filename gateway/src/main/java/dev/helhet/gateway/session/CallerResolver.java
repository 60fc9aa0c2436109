package dev.helhet.gateway.session;

import dev.helhet.gateway.GatewayProblems;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Finds out who calls an API route: a valid bearer token, or a browser session; anyone else is
 * answered null. While the sessions' database is away a session's request is answered 503 here. Quarkus would answer an invalid token with a bare 401; the routes answer
 * problem+json instead, so its own failure answer is switched off here.
 */
public final class CallerResolver {

    private static final BiConsumer<RoutingContext, Throwable> IGNORE_AUTH_FAILURE = (context, failure) -> {
    };

    /** Quarkus' session cookie (quarkus.oidc.authentication.cookie-suffix is not set). */
    private static final String SESSION_COOKIE = "q_session";

    private CallerResolver() {
    }

    public static void resolve(RoutingContext context, Consumer<Caller> then) {
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_AUTH_FAILURE);
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> then.accept(identity == null || identity.isAnonymous() ? null : Caller.of(identity, context.request())),
                failure -> {
                    if (SessionStoreUnavailable.in(failure)) {
                        // Not "signed out": the page should wait and try again, not send the user to sign in. Quarkus has
                        // already cleared the session cookie for this answer; it must not reach the browser.
                        context.response().removeCookie(SESSION_COOKIE, false);
                        GatewayProblems.sessionsUnavailable(context);
                    } else {
                        then.accept(null);
                    }
                });
    }
}
