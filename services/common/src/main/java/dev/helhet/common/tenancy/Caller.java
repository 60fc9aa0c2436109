package dev.helhet.common.tenancy;

import dev.helhet.contracts.Actor;

import java.util.Set;

/**
 * Who is calling, as a plain value the service layer can take without depending on the HTTP request:
 * the active municipality (null for the person's own sign-in), the pseudonymous actor, the roles
 * and the gateway's request id.
 */
public record Caller(String municipalityId, Actor actor, Set<String> roles, String requestId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public String subject() {
        return actor.subject();
    }
}
