package dev.helhet.careaccess;

/**
 * Why a professional may see a person. The order of the case relations (coordinator, deputy, team member,
 * registrant) is their closeness: when several hold, the first one counts.
 */
public enum CareRelation {
    /** A team lead sees every person of the municipality (they assign coordinators). */
    TEAM_LEAD,
    /** A partner system acts for the municipality as a whole (service account; see docs/security.md). */
    PARTNER,
    /** The responsible coordinator. */
    COORDINATOR,
    /** The deputy of the coordinator, while the coordinator is away. */
    DEPUTY,
    /** A team member whose access is not suspended. */
    TEAM_MEMBER,
    /** The caseworker who registered the person, until someone is made their coordinator. */
    REGISTRANT,
    /** The municipality's administrator, for registry acts on the record (the identity number) only; never a reader of case content. */
    ADMINISTRATOR;

    /** Responsible for the person now: their coordinator, the deputy, or (until there is a coordinator) the registrant. */
    public boolean responsible() {
        return this == COORDINATOR || this == DEPUTY || this == REGISTRANT;
    }

    /** Sees everything the service holds on the person (not only what consent opens to their organisation). */
    public boolean seesAll() {
        return this != TEAM_MEMBER && this != ADMINISTRATOR;
    }
}
