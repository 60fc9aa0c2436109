package dev.helhet.gateway.session;

import jakarta.json.Json;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * The claims of a session's access token. The token was verified when the session was made (and
 * each service verifies it again); the gateway reads it only to route and to show the user who
 * they are.
 */
final class AccessTokenClaims implements JsonWebToken {

    private final String raw;
    private final jakarta.json.JsonObject claims;

    AccessTokenClaims(String raw) {
        this.raw = raw;
        String payload = new String(Base64.getUrlDecoder().decode(raw.split("\\.")[1]), StandardCharsets.UTF_8);
        this.claims = Json.createReader(new StringReader(payload)).readObject();
    }

    @Override
    public String getName() {
        return claims.getString("preferred_username", getSubject());
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String name) {
        if ("raw_token".equals(name)) {
            return (T) raw;
        }
        var value = claims.get(name);
        if (value instanceof jakarta.json.JsonString string) {
            return (T) string.getString();
        }
        return (T) value;
    }
}
