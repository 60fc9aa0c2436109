package dev.helhet.gateway.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;
import java.util.TreeSet;

/**
 * The caller of an API request as the gateway sees them: a partner with a bearer token, or a
 * browser with a session whose access token the gateway holds.
 */
public record Caller(SecurityIdentity identity, boolean browserSession) {

    public static Caller of(SecurityIdentity identity, HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        return new Caller(identity, authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    /** The access token to send upstream. */
    public String accessToken() {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : credential.getToken();
    }

    /** A stable key for rate limits: the client (azp) and subject. */
    public String rateKey() {
        JsonWebToken token = token();
        return token == null ? identity.getPrincipal().getName() : claim(token, "azp") + ":" + token.getSubject();
    }

    /** The municipality aliases the access token proves. */
    public Set<String> municipalities() {
        Set<String> aliases = new TreeSet<>();
        JsonWebToken token = token();
        switch (token == null ? null : claim(token, "organization")) {
            case jakarta.json.JsonArray array -> array.forEach(value -> aliases.add(((jakarta.json.JsonString) value).getString()));
            case jakarta.json.JsonObject object -> aliases.addAll(object.keySet());
            case java.util.Collection<?> list -> list.forEach(value -> aliases.add(String.valueOf(value)));
            case java.util.Map<?, ?> map -> map.keySet().forEach(key -> aliases.add(String.valueOf(key)));
            case null, default -> {
            }
        }
        return aliases;
    }

    /**
     * A claim of a verified bearer token as its parsed claims hold it, read without MicroProfile JWT's
     * {@code getClaim(String)}: that looks the name up with {@code Claims.valueOf} first, which throws (and fills a stack
     * trace) for every name that is not a standard claim, twice a request here ({@code azp}, {@code organization}).
     */
    private static Object claim(JsonWebToken token, String name) {
        if (token instanceof OidcJwtCallerPrincipal principal) {
            return principal.getClaims().getClaimValue(name);
        }
        return token.getClaim(name);
    }

    /** The verified access token: the bearer token, or for a browser the session's access token. */
    public JsonWebToken token() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && !browserSession) {
            return jwt;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null) {
            return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        }
        return new AccessTokenClaims(credential.getToken());
    }
}
