package dev.helhet.notifications.rest;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.contracts.Actor;
import dev.helhet.notifications.domain.PartnerClient;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The calling partner client as its verified token proves it: {@code azp} (the OAuth client), {@code helhet_organisation_id}
 * (a Keycloak client attribute, put in the token by a mapper) and its client roles in {@code resource_access}.
 */
@RequestScoped
public class PartnerClients {

    /** The claim naming the organisation the client is registered for. */
    public static final String ORGANISATION_CLAIM = "helhet_organisation_id";

    private final CallerContext caller;

    public PartnerClients(CallerContext caller) {
        this.caller = caller;
    }

    /** The calling partner system; 403 for a person's token, even one with the partner role: webhooks belong to a system. */
    public PartnerClient current() {
        String client = caller.claim("azp");
        if (caller.actor().type() != Actor.Type.SERVICE || client == null || client.isBlank()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Webhooks are for partner systems: call with your client's own"
                    + " client-credentials token");
        }
        return new PartnerClient(client, organisation(caller.claim(ORGANISATION_CLAIM)), clientRoles(caller.claimValue("resource_access"), client));
    }

    private static UUID organisation(String claim) {
        try {
            return claim == null ? null : UUID.fromString(claim);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** {@code resource_access.<client>.roles}, as JSON (smallrye-jwt) or as maps and lists (jose4j). */
    static Set<String> clientRoles(Object resourceAccess, String client) {
        Set<String> roles = new TreeSet<>();
        Object mine = switch (resourceAccess) {
            case JsonObject json -> json.get(client);
            case Map<?, ?> map -> map.get(client);
            case null, default -> null;
        };
        Object list = switch (mine) {
            case JsonObject json -> json.get("roles");
            case Map<?, ?> map -> map.get("roles");
            case null, default -> null;
        };
        if (list instanceof JsonArray array) {
            array.forEach(value -> {
                if (value instanceof JsonString role) {
                    roles.add(role.getString());
                }
            });
        } else if (list instanceof Collection<?> collection) {
            collection.forEach(value -> {
                if (value instanceof String role) {
                    roles.add(role);
                }
            });
        }
        return roles;
    }
}
