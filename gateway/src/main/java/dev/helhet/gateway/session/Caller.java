package dev.helhet.gateway.session;

import io.quarkus.oidc.AccessTokenCredential;
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
        return token == null ? identity.getPrincipal().getName() : token.getClaim("azp") + ":" + token.getSubject();
    }

    /** The municipality aliases the access token proves. */
    public Set<String> municipalities() {
        Set<String> aliases = new TreeSet<>();
        JsonWebToken token = token();
        Object claim = token == null ? null : token.getClaim("organization");
        if (claim instanceof jakarta.json.JsonArray array) {
            array.forEach(value -> aliases.add(((jakarta.json.JsonString) value).getString()));
        } else if (claim instanceof jakarta.json.JsonObject object) {
            aliases.addAll(object.keySet());
        }
        return aliases;
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
