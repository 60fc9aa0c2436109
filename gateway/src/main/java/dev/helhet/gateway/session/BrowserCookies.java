package dev.helhet.gateway.session;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The gateway's own browser cookies: the CSRF token (double submit: the page reads the cookie and
 * sends it back in {@value #CSRF_HEADER} on every change; another site can do neither) and the
 * chosen municipality. Secure whenever the browser came over HTTPS (also behind an ingress).
 */
public final class BrowserCookies {

    public static final String CSRF_COOKIE = "helhet_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String MUNICIPALITY_COOKIE = "helhet_municipality";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BrowserCookies() {
    }

    /** Sets the CSRF cookie unless the browser has one; answers its value. */
    public static String ensureCsrf(RoutingContext context) {
        Cookie existing = context.request().getCookie(CSRF_COOKIE);
        if (existing != null && !existing.getValue().isBlank()) {
            return existing.getValue();
        }
        byte[] value = new byte[24];
        RANDOM.nextBytes(value);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(value);
        context.response().addCookie(Cookie.cookie(CSRF_COOKIE, token).setPath("/").setHttpOnly(false)
                .setSameSite(CookieSameSite.STRICT).setSecure(secure(context.request())));
        return token;
    }

    /** True when the request carries the CSRF cookie and the same value in the header. */
    public static boolean csrfValid(HttpServerRequest request) {
        Cookie cookie = request.getCookie(CSRF_COOKIE);
        String header = request.getHeader(CSRF_HEADER);
        return cookie != null && header != null && !header.isBlank() && MessageDigest.isEqual(
                cookie.getValue().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
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
