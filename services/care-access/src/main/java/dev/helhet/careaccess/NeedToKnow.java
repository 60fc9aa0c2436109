package dev.helhet.careaccess;

import dev.helhet.common.time.NordicTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The need-to-know rule, the one place it is written: from the facts about a caller and a person, and the time,
 * why the caller may see the person and which categories of information. No I/O; the services gather the facts.
 * <ul>
 *   <li>Nobody sees a person of another municipality.</li>
 *   <li>A team lead and a partner system see the municipality's people (they assign coordinators; a partner acts
 *       for the municipality, docs/security.md).</li>
 *   <li>The coordinator, their deputy on the days of an absence, and — until a coordinator is assigned — the
 *       caseworker who registered the person see everything.</li>
 *   <li>A team member is on the case when their organisation is the coordinator's, or while a consent in effect
 *       opens basic information to their organisation or the whole team; they see the categories such consents open.</li>
 * </ul>
 * When several relations hold, the closest counts (their order in {@link CareRelation}).
 */
public final class NeedToKnow {

    private NeedToKnow() {
    }

    public static Decision decide(CareFacts facts, Instant now) {
        if (!facts.sameMunicipality()) {
            return Decision.refused();
        }
        if (facts.teamLead()) {
            return Decision.everything(CareRelation.TEAM_LEAD);
        }
        if (facts.partner()) {
            return Decision.everything(CareRelation.PARTNER);
        }
        if (facts.coordinator()) {
            return Decision.everything(CareRelation.COORDINATOR);
        }
        LocalDate today = NordicTime.dateOf(now);
        if (facts.coordinatorOrganisation() != null && facts.deputyPeriods().stream().anyMatch(period -> period.covers(today))) {
            return Decision.everything(CareRelation.DEPUTY);
        }
        if (facts.memberOrganisation() != null
                && admitsTeamMember(facts.memberOrganisation(), facts.coordinatorOrganisation(), facts.consents(), now)) {
            return new Decision(CareRelation.TEAM_MEMBER, openTo(facts.memberOrganisation(), facts.consents(), now));
        }
        if (facts.registrant() && facts.coordinatorOrganisation() == null) {
            return Decision.everything(CareRelation.REGISTRANT);
        }
        return Decision.refused();
    }

    /**
     * Whether a member for {@code organisation} is on the person's case now: always from the coordinator's own
     * organisation, otherwise only while a consent in effect opens basic information to them.
     */
    public static boolean admitsTeamMember(UUID organisation, UUID coordinatorOrganisation, List<ConsentTerms> consents, Instant now) {
        return organisation.equals(coordinatorOrganisation) || openTo(organisation, consents, now).contains(InformationCategory.BASIC);
    }

    /** The categories the person's consents in effect open to {@code organisation} (named, or as part of the team). */
    public static Set<InformationCategory> openTo(UUID organisation, List<ConsentTerms> consents, Instant now) {
        Set<InformationCategory> open = EnumSet.noneOf(InformationCategory.class);
        for (ConsentTerms consent : consents) {
            if (consent.receivedBy(organisation) && consent.inEffect(now)) {
                open.addAll(consent.categories());
            }
        }
        return open;
    }
}
