package dev.helhet.e2e.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.testing.Tokens;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Someone calling the API in the matrix: a demo login (or the partner, or nobody), with the roles
 * and the municipality their real token carries, read from the token rather than restated.
 */
public record MatrixCaller(String name, Supplier<String> token, Set<String> roles, String municipality) {

    public static final String ANONYMOUS = "anonymous";

    public static MatrixCaller anonymous() {
        return new MatrixCaller(ANONYMOUS, () -> null, Set.of(), null);
    }

    public boolean signedIn() {
        return !name.equals(ANONYMOUS);
    }

    public static MatrixCaller user(String username) {
        return fromToken(username, () -> Tokens.user(username));
    }

    public static MatrixCaller partner() {
        return fromToken("demo-partner", Tokens::partner);
    }

    private static MatrixCaller fromToken(String name, Supplier<String> token) {
        JsonNode claims = Tokens.claims(token.get());
        Set<String> roles = new LinkedHashSet<>();
        // Keycloak's own defaults (offline_access, ...) come along; no operation lists them, so they change nothing.
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        JsonNode organization = claims.path("organization");
        String municipality = organization.isArray() && organization.size() == 1 ? organization.get(0).asText()
                : organization.isObject() && organization.size() == 1 ? organization.fieldNames().next() : null;
        return new MatrixCaller(name, token, roles, municipality);
    }

    @Override
    public String toString() {
        return name;
    }
}
