package dev.helhet.participants.rest;

import dev.helhet.common.tenancy.Roles;

/** Which roles may do what in the participants API (docs/security.md). */
final class ApiRoles {

    /** Roles that work with people's cases. A municipality admin manages the registry, not cases. */
    static final String COORDINATOR = Roles.COORDINATOR;
    static final String TEAM_LEAD = Roles.TEAM_LEAD;
    static final String PROFESSIONAL = Roles.PROFESSIONAL;
    static final String PARTNER = Roles.PARTNER;
    static final String PARTICIPANT = Roles.PARTICIPANT;
    static final String MUNICIPALITY_ADMIN = Roles.MUNICIPALITY_ADMIN;

    private ApiRoles() {
    }
}
