package dev.helhet.careaccess;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything need-to-know looks at for one caller and one person, gathered by the service from its projections:
 * the caller's roles, their ties to the person, the person's coordinator and the person's consents.
 *
 * @param sameMunicipality        the person is registered in the municipality the caller acts for
 * @param teamLead                the caller has the team-lead role there
 * @param partner                 the caller is a partner system acting for the municipality
 * @param coordinator             the caller is the person's responsible coordinator
 * @param deputyPeriods           absences of the person's coordinator in which the caller is the deputy
 * @param memberOrganisation      the organisation the caller is on the person's team for (null: not on the team)
 * @param registrant              the caller registered the person
 * @param coordinatorOrganisation the organisation the person's coordinator acts for (null: no coordinator yet)
 * @param consents                the person's consents, whatever their status
 */
public record CareFacts(boolean sameMunicipality, boolean teamLead, boolean partner, boolean coordinator,
                        List<Period> deputyPeriods, UUID memberOrganisation, boolean registrant,
                        UUID coordinatorOrganisation, List<ConsentTerms> consents) {

    /** A span of whole Nordic days, both ends included. */
    public record Period(LocalDate from, LocalDate to) {
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public CareFacts {
        deputyPeriods = List.copyOf(deputyPeriods);
        consents = List.copyOf(consents);
    }

    /** A caller of the person's municipality with no tie to them yet; add ties with the {@code with…} methods. */
    public static CareFacts stranger() {
        return new CareFacts(true, false, false, false, List.of(), null, false, null, List.of());
    }

    public CareFacts inAnotherMunicipality() {
        return new CareFacts(false, teamLead, partner, coordinator, deputyPeriods, memberOrganisation, registrant, coordinatorOrganisation, consents);
    }

    public CareFacts asTeamLead() {
        return new CareFacts(sameMunicipality, true, partner, coordinator, deputyPeriods, memberOrganisation, registrant, coordinatorOrganisation, consents);
    }

    public CareFacts asPartner() {
        return new CareFacts(sameMunicipality, teamLead, true, coordinator, deputyPeriods, memberOrganisation, registrant, coordinatorOrganisation, consents);
    }

    public CareFacts asCoordinator(UUID organisation) {
        return new CareFacts(sameMunicipality, teamLead, partner, true, deputyPeriods, memberOrganisation, registrant, organisation, consents);
    }

    public CareFacts withCoordinatorFrom(UUID organisation) {
        return new CareFacts(sameMunicipality, teamLead, partner, coordinator, deputyPeriods, memberOrganisation, registrant, organisation, consents);
    }

    public CareFacts asDeputy(LocalDate from, LocalDate to) {
        List<Period> periods = new java.util.ArrayList<>(deputyPeriods);
        periods.add(new Period(from, to));
        return new CareFacts(sameMunicipality, teamLead, partner, coordinator, periods, memberOrganisation, registrant, coordinatorOrganisation, consents);
    }

    public CareFacts asMemberFor(UUID organisation) {
        return new CareFacts(sameMunicipality, teamLead, partner, coordinator, deputyPeriods, organisation, registrant, coordinatorOrganisation, consents);
    }

    public CareFacts asRegistrant() {
        return new CareFacts(sameMunicipality, teamLead, partner, coordinator, deputyPeriods, memberOrganisation, true, coordinatorOrganisation, consents);
    }

    public CareFacts withConsent(ConsentTerms consent) {
        List<ConsentTerms> all = new java.util.ArrayList<>(consents);
        all.add(consent);
        return new CareFacts(sameMunicipality, teamLead, partner, coordinator, deputyPeriods, memberOrganisation, registrant, coordinatorOrganisation, all);
    }
}
