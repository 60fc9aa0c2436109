package dev.helhet.careaccess;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static dev.helhet.careaccess.InformationCategory.BASIC;
import static dev.helhet.careaccess.InformationCategory.ECONOMY;
import static dev.helhet.careaccess.InformationCategory.HEALTH;
import static dev.helhet.careaccess.InformationCategory.PLAN;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The need-to-know rule as a table: facts × time → relation and open categories. No server, no database. */
class NeedToKnowTest {

    private static final UUID REFUGEE_SERVICE = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID NAV = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    private static final UUID SCHOOL = UUID.fromString("00000000-0000-0000-0000-0000000000c3");
    /** Noon in Oslo on Monday 2 March 2026. */
    private static final Instant NOW = Instant.parse("2026-03-02T11:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Set<InformationCategory> ALL = EnumSet.allOf(InformationCategory.class);
    private static final Set<InformationCategory> NOTHING = Set.of();

    private record Row(String name, CareFacts facts, Instant now, CareRelation relation, Set<InformationCategory> open) {
    }

    private static Row row(String name, CareFacts facts, CareRelation relation, Set<InformationCategory> open) {
        return new Row(name, facts, NOW, relation, open);
    }

    private static Row at(Instant now, String name, CareFacts facts, CareRelation relation, Set<InformationCategory> open) {
        return new Row(name, facts, now, relation, open);
    }

    private static ConsentTerms toOrganisation(UUID organisation, InformationCategory... categories) {
        return new ConsentTerms(ReceiverType.ORGANISATION, organisation, Set.of(categories), ConsentStatus.ACTIVE,
                NOW.minusSeconds(86_400), NOW.plusSeconds(86_400 * 30L));
    }

    private static ConsentTerms toTeam(InformationCategory... categories) {
        return new ConsentTerms(ReceiverType.TEAM, null, Set.of(categories), ConsentStatus.ACTIVE,
                NOW.minusSeconds(86_400), NOW.plusSeconds(86_400 * 30L));
    }

    private static ConsentTerms with(ConsentTerms consent, ConsentStatus status) {
        return new ConsentTerms(consent.receiverType(), consent.receiverOrganisationId(), consent.categories(), status,
                consent.validFrom(), consent.validTo());
    }

    private static ConsentTerms during(ConsentTerms consent, Instant from, Instant to) {
        return new ConsentTerms(consent.receiverType(), consent.receiverOrganisationId(), consent.categories(), consent.status(), from, to);
    }

    private static CareFacts stranger() {
        return CareFacts.stranger();
    }

    private static CareFacts navMember() {
        return CareFacts.stranger().withCoordinatorFrom(REFUGEE_SERVICE).asMemberFor(NAV);
    }

    private static final List<Row> TABLE = List.of(
            // Strangers and other municipalities
            row("a stranger sees nothing", stranger(), null, NOTHING),
            row("a stranger with a coordinator assigned elsewhere sees nothing", stranger().withCoordinatorFrom(REFUGEE_SERVICE), null, NOTHING),
            row("consents alone admit nobody who is not on the team", stranger().withCoordinatorFrom(REFUGEE_SERVICE)
                    .withConsent(toOrganisation(NAV, BASIC, HEALTH)), null, NOTHING),
            row("another municipality's coordinator sees nothing", stranger().asCoordinator(REFUGEE_SERVICE).inAnotherMunicipality(), null, NOTHING),
            row("another municipality's team lead sees nothing", stranger().asTeamLead().inAnotherMunicipality(), null, NOTHING),
            row("another municipality's partner sees nothing", stranger().asPartner().inAnotherMunicipality(), null, NOTHING),
            row("another municipality's consented team member sees nothing",
                    navMember().withConsent(toOrganisation(NAV, BASIC)).inAnotherMunicipality(), null, NOTHING),
            row("another municipality's registrant sees nothing", stranger().asRegistrant().inAnotherMunicipality(), null, NOTHING),

            // Roles of the municipality
            row("a team lead sees everything", stranger().asTeamLead(), CareRelation.TEAM_LEAD, ALL),
            row("a partner system sees everything it is given", stranger().asPartner(), CareRelation.PARTNER, ALL),
            row("a team lead who is also the coordinator is counted as team lead", stranger().asTeamLead().asCoordinator(NAV),
                    CareRelation.TEAM_LEAD, ALL),

            // The coordinator
            row("the coordinator sees everything", stranger().asCoordinator(REFUGEE_SERVICE), CareRelation.COORDINATOR, ALL),
            row("the coordinator sees everything without any consent", stranger().asCoordinator(NAV), CareRelation.COORDINATOR, ALL),
            row("a coordinator who is also on the team is the coordinator", stranger().asCoordinator(REFUGEE_SERVICE).asMemberFor(NAV),
                    CareRelation.COORDINATOR, ALL),
            row("a coordinator who registered the person is the coordinator", stranger().asCoordinator(REFUGEE_SERVICE).asRegistrant(),
                    CareRelation.COORDINATOR, ALL),
            row("the coordinator sees everything after every consent is revoked", stranger().asCoordinator(REFUGEE_SERVICE)
                    .withConsent(with(toTeam(BASIC), ConsentStatus.REVOKED)), CareRelation.COORDINATOR, ALL),

            // The deputy
            row("the deputy sees everything on a day of the absence", stranger().withCoordinatorFrom(REFUGEE_SERVICE)
                    .asDeputy(TODAY.minusDays(1), TODAY.plusDays(3)), CareRelation.DEPUTY, ALL),
            row("the deputy on the absence's first day", stranger().withCoordinatorFrom(REFUGEE_SERVICE).asDeputy(TODAY, TODAY.plusDays(3)),
                    CareRelation.DEPUTY, ALL),
            row("the deputy on the absence's last day", stranger().withCoordinatorFrom(REFUGEE_SERVICE).asDeputy(TODAY.minusDays(3), TODAY),
                    CareRelation.DEPUTY, ALL),
            row("the deputy sees nothing the day before the absence", stranger().withCoordinatorFrom(REFUGEE_SERVICE)
                    .asDeputy(TODAY.plusDays(1), TODAY.plusDays(3)), null, NOTHING),
            row("the deputy sees nothing the day after the absence", stranger().withCoordinatorFrom(REFUGEE_SERVICE)
                    .asDeputy(TODAY.minusDays(5), TODAY.minusDays(1)), null, NOTHING),
            row("one of several absences covering today is enough", stranger().withCoordinatorFrom(REFUGEE_SERVICE)
                    .asDeputy(TODAY.minusDays(20), TODAY.minusDays(10)).asDeputy(TODAY, TODAY), CareRelation.DEPUTY, ALL),
            at(Instant.parse("2026-03-02T23:30:00Z"), "after midnight in Oslo it is the next day: a deputy until the 2nd is out",
                    stranger().withCoordinatorFrom(REFUGEE_SERVICE).asDeputy(TODAY.minusDays(1), TODAY), null, NOTHING),
            at(Instant.parse("2026-03-01T23:30:00Z"), "after midnight in Oslo it is the next day: a deputy from the 2nd is in",
                    stranger().withCoordinatorFrom(REFUGEE_SERVICE).asDeputy(TODAY, TODAY.plusDays(1)), CareRelation.DEPUTY, ALL),
            row("a deputy who is also on the team is the deputy", navMember().asDeputy(TODAY, TODAY), CareRelation.DEPUTY, ALL),
            row("a deputy without a coordinator to stand in for sees nothing", stranger().asDeputy(TODAY, TODAY), null, NOTHING),

            // Team members
            row("a member from the coordinator's organisation is on the case without consent",
                    stranger().withCoordinatorFrom(REFUGEE_SERVICE).asMemberFor(REFUGEE_SERVICE), CareRelation.TEAM_MEMBER, NOTHING),
            row("a member from the coordinator's organisation sees the categories consented to it",
                    stranger().withCoordinatorFrom(REFUGEE_SERVICE).asMemberFor(REFUGEE_SERVICE).withConsent(toOrganisation(REFUGEE_SERVICE, BASIC, PLAN)),
                    CareRelation.TEAM_MEMBER, Set.of(BASIC, PLAN)),
            row("a member from another organisation without consent sees nothing", navMember(), null, NOTHING),
            row("a member with basic consent to their organisation is on the case", navMember().withConsent(toOrganisation(NAV, BASIC)),
                    CareRelation.TEAM_MEMBER, Set.of(BASIC)),
            row("a member sees exactly the consented categories", navMember().withConsent(toOrganisation(NAV, BASIC, ECONOMY)),
                    CareRelation.TEAM_MEMBER, Set.of(BASIC, ECONOMY)),
            row("a consent to the whole team admits every member", navMember().withConsent(toTeam(BASIC, PLAN)),
                    CareRelation.TEAM_MEMBER, Set.of(BASIC, PLAN)),
            row("consents add up", navMember().withConsent(toOrganisation(NAV, BASIC)).withConsent(toTeam(PLAN))
                    .withConsent(toOrganisation(NAV, HEALTH)), CareRelation.TEAM_MEMBER, Set.of(BASIC, PLAN, HEALTH)),
            row("a consent without basic does not admit a member", navMember().withConsent(toOrganisation(NAV, HEALTH, ECONOMY)), null, NOTHING),
            row("a consent to another organisation does not admit a member", navMember().withConsent(toOrganisation(SCHOOL, BASIC, HEALTH)),
                    null, NOTHING),
            row("another organisation's categories stay closed to an admitted member",
                    navMember().withConsent(toOrganisation(NAV, BASIC)).withConsent(toOrganisation(SCHOOL, HEALTH)),
                    CareRelation.TEAM_MEMBER, Set.of(BASIC)),
            row("a revoked consent admits nobody", navMember().withConsent(with(toOrganisation(NAV, BASIC), ConsentStatus.REVOKED)),
                    null, NOTHING),
            row("an expired consent admits nobody", navMember().withConsent(with(toOrganisation(NAV, BASIC), ConsentStatus.EXPIRED)),
                    null, NOTHING),
            row("an active consent past its valid-to admits nobody, before the expiry job runs",
                    navMember().withConsent(during(toOrganisation(NAV, BASIC), NOW.minusSeconds(7200), NOW.minusSeconds(1))), null, NOTHING),
            row("a consent ends exactly at its valid-to", navMember().withConsent(during(toOrganisation(NAV, BASIC), NOW.minusSeconds(7200), NOW)),
                    null, NOTHING),
            row("a consent not yet valid admits nobody", navMember().withConsent(during(toOrganisation(NAV, BASIC), NOW.plusSeconds(1), NOW.plusSeconds(7200))),
                    null, NOTHING),
            row("a consent opens exactly at its valid-from", navMember().withConsent(during(toOrganisation(NAV, BASIC), NOW, NOW.plusSeconds(7200))),
                    CareRelation.TEAM_MEMBER, Set.of(BASIC)),
            row("a revoked category grant does not add to a standing one", navMember().withConsent(toOrganisation(NAV, BASIC))
                    .withConsent(with(toOrganisation(NAV, HEALTH), ConsentStatus.REVOKED)), CareRelation.TEAM_MEMBER, Set.of(BASIC)),
            row("a member of a person without a coordinator needs consent", stranger().asMemberFor(NAV), null, NOTHING),
            row("a member of a person without a coordinator, with consent", stranger().asMemberFor(NAV).withConsent(toTeam(BASIC)),
                    CareRelation.TEAM_MEMBER, Set.of(BASIC)),

            // The registrant
            row("the registrant sees everything until a coordinator is assigned", stranger().asRegistrant(), CareRelation.REGISTRANT, ALL),
            row("the registrant sees nothing once a coordinator is assigned", stranger().asRegistrant().withCoordinatorFrom(REFUGEE_SERVICE),
                    null, NOTHING),
            row("a registrant who is an admitted member counts as member (the closer tie)",
                    stranger().asRegistrant().asMemberFor(NAV).withConsent(toTeam(BASIC)), CareRelation.TEAM_MEMBER, Set.of(BASIC)),
            row("a registrant who is an unadmitted member is still the registrant before assignment",
                    stranger().asRegistrant().asMemberFor(NAV), CareRelation.REGISTRANT, ALL),
            row("the registrant who became the coordinator is the coordinator", stranger().asRegistrant().asCoordinator(REFUGEE_SERVICE),
                    CareRelation.COORDINATOR, ALL));

    @TestFactory
    Stream<DynamicTest> decides() {
        return TABLE.stream().map(row -> DynamicTest.dynamicTest(row.name(), () -> {
            Decision decision = NeedToKnow.decide(row.facts(), row.now());
            assertEquals(row.relation(), decision.relation(), row.name());
            assertEquals(row.open(), decision.open(), row.name());
            assertEquals(row.relation() != null, decision.admitted(), row.name());
        }));
    }

    @TestFactory
    Stream<DynamicTest> aConsentIsInEffectOnlyWhileActiveAndWithinItsPeriod() {
        ConsentTerms month = toTeam(BASIC);
        return Stream.of(
                DynamicTest.dynamicTest("active within its period", () -> assertEquals(true, month.inEffect(NOW))),
                DynamicTest.dynamicTest("past its end it reads as expired", () ->
                        assertEquals(ConsentStatus.EXPIRED, month.statusAt(month.validTo()))),
                DynamicTest.dynamicTest("revoked stays revoked after its end", () ->
                        assertEquals(ConsentStatus.REVOKED, with(month, ConsentStatus.REVOKED).statusAt(month.validTo().plusSeconds(1)))),
                DynamicTest.dynamicTest("a team consent is received by any organisation", () -> assertEquals(true, month.receivedBy(SCHOOL))),
                DynamicTest.dynamicTest("an organisation consent only by its organisation", () ->
                        assertEquals(List.of(true, false, false), Stream.of(NAV, SCHOOL, null).map(toOrganisation(NAV, BASIC)::receivedBy).toList())));
    }
}
