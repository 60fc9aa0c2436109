package dev.helhet.common.tenancy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads Keycloak's {@code organization} claim. Keycloak sends a list of aliases
 * ({@code ["asker"]}) by default and a map keyed by alias ({@code {"asker": {"id": ...}}}) when the
 * mapper adds ids or attributes; both mean the same memberships.
 */
public final class OrganizationClaim {

    public static final String NAME = "organization";

    private OrganizationClaim() {
    }

    /** The municipality aliases the claim proves membership of; empty when absent or unreadable. */
    public static Set<String> aliases(Object claim) {
        Set<String> aliases = new TreeSet<>();
        switch (claim) {
            case null -> {
            }
            case JsonArray array -> array.forEach(value -> add(aliases, value));
            case JsonObject object -> object.keySet().forEach(key -> add(aliases, key));
            case JsonString string -> add(aliases, string.getString());
            case Map<?, ?> map -> map.keySet().forEach(key -> add(aliases, key));
            case Collection<?> list -> list.forEach(value -> add(aliases, value));
            case String string -> add(aliases, string);
            default -> {
            }
        }
        return aliases;
    }

    private static void add(Set<String> aliases, Object value) {
        String alias = switch (value) {
            case JsonString string -> string.getString();
            case String string -> string;
            case JsonValue other -> null;
            default -> null;
        };
        // Aliases are lower-case slugs; anything else is not a municipality we know how to address.
        if (alias != null && alias.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            aliases.add(alias);
        }
    }
}
