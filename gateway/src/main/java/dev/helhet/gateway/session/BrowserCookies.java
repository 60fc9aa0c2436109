package dev.helhet.gateway.session;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;


/**
 * The gateway's own browser cookies: the CSRF token of the session (the page reads the cookie and sends
 * the value back in {@value #CSRF_HEADER} on every change; another site can do neither, and a value not
 * made for this session is refused — see {@link ServerSideTokenStore}) and the chosen municipality.
 * Secure whenever the browser came over HTTPS (also behind an ingress).
 */
public final class BrowserCookies {

    public static final String CSRF_COOKIE = "helhet_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String MUNICIPALITY_COOKIE = "helhet_municipality";

    private BrowserCookies() {
    }

    /** Gives the page the session's CSRF token in a cookie it can read, unless it has it already. */
    public static void offerCsrf(RoutingContext context, String token) {
        Cookie existing = context.request().getCookie(CSRF_COOKIE);
        if (existing != null && token.equals(existing.getValue())) {
            return;
        }
        context.response().addCookie(Cookie.cookie(CSRF_COOKIE, token).setPath("/").setHttpOnly(false)
                .setSameSite(CookieSameSite.STRICT).setSecure(secure(context.request())));
    }

    public static String chosenMunicipality(HttpServerRequest request) {
        Cookie cookie = request.getCookie(MUNICIPALITY_COOKIE);
        return cookie == null ? null : cookie.getValue();
    }

    public static void chooseMunicipality(RoutingContext context, String municipality) {
        context.response().addCookie(Cookie.cookie(MUNICIPALITY_COOKIE, municipality).setPath("/").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(secure(context.request())));
    }

    static boolean secure(HttpServerRequest request) {
        return "https".equals(request.scheme()) || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }
}
