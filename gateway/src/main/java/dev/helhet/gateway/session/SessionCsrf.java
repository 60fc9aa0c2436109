package dev.helhet.gateway.session;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** CSRF protection bound to the browser session: the token is the session's own, handed to the page in a cookie. */
@ApplicationScoped
public class SessionCsrf {

    private final ServerSideTokenStore sessions;

    public SessionCsrf(ServerSideTokenStore sessions) {
        this.sessions = sessions;
    }

    /** Whether the request carries the CSRF token of its own session in {@value BrowserCookies#CSRF_HEADER}. */
    public boolean presented(RoutingContext context) {
        return sessions.csrfValid(context, context.request().getHeader(BrowserCookies.CSRF_HEADER));
    }

    /** Gives the page the session's token (in the readable cookie) and answers it; empty without a session. */
    public Optional<String> offer(RoutingContext context) {
        Optional<String> token = sessions.csrfToken(context);
        token.ifPresent(value -> BrowserCookies.offerCsrf(context, value));
        return token;
    }
}
