package dev.helhet.common.tenancy;

/** The realm roles of the helhet realm (docs/security.md says who has which). */
public final class Roles {

    public static final String COORDINATOR = "coordinator";
    public static final String PROFESSIONAL = "professional";
    public static final String TEAM_LEAD = "team-lead";
    public static final String MUNICIPALITY_ADMIN = "municipality-admin";
    public static final String ANALYST = "analyst";
    public static final String PARTICIPANT = "participant";
    public static final String PARTNER = "partner";
    /** The regional operator: onboards municipalities; sees no case content. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    /** Every Helhet role; Keycloak's own defaults (offline_access and the like) are not among them. */
    public static final java.util.Set<String> ALL = java.util.Set.of(
            COORDINATOR, PROFESSIONAL, TEAM_LEAD, MUNICIPALITY_ADMIN, ANALYST, PARTICIPANT, PARTNER, PLATFORM_ADMIN);

    private Roles() {
    }
}
