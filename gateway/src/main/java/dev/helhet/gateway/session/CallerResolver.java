package dev.helhet.gateway.session;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Finds out who calls an API route: a valid bearer token, or a browser session; anyone else is
 * answered null. Quarkus would answer an invalid token with a bare 401; the routes answer
 * problem+json instead, so its own failure answer is switched off here.
 */
public final class CallerResolver {

    private static final BiConsumer<RoutingContext, Throwable> IGNORE_AUTH_FAILURE = (context, failure) -> {
    };

    private CallerResolver() {
    }

    public static void resolve(RoutingContext context, Consumer<Caller> then) {
        context.put(QuarkusHttpUser.AUTH_FAILURE_HANDLER, IGNORE_AUTH_FAILURE);
        QuarkusHttpUser.getSecurityIdentity(context, null).subscribe().with(
                identity -> then.accept(identity == null || identity.isAnonymous() ? null : Caller.of(identity, context.request())),
                failure -> then.accept(null));
    }
}
