package dev.helhet.careaccess.service;

import dev.helhet.careaccess.CareFacts;
import dev.helhet.careaccess.CareRelation;
import dev.helhet.careaccess.ConsentTerms;
import dev.helhet.careaccess.Decision;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.NeedToKnow;
import dev.helhet.careaccess.repository.CareFactsRepository;
import dev.helhet.careaccess.repository.CareFactsRepository.Tie;
import dev.helhet.careaccess.repository.ConsentSource;
import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Need-to-know for a service that holds case content: gathers the facts from the care projections and the
 * person's consents and asks {@link NeedToKnow}. One person ({@link #decide}) or the list of the people a caller
 * may see ({@link #visibleTo}) — the same decision either way. Call within a session.
 */
@ApplicationScoped
public class CareAccess {

    /** The people a caller may see: everyone of their municipality, or exactly these. */
    public record Visible(boolean wholeMunicipality, List<UUID> people) {
    }

    private final CareFactsRepository facts;
    private final ConsentSource consents;
    private final AccessAudit audit;
    private final Clock clock;

    public CareAccess(CareFactsRepository facts, ConsentSource consents, AccessAudit audit, Clock clock) {
        this.facts = facts;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

    /** A person the caller may see: where they are registered, and why and what the caller sees. */
    public record Opened(UUID participantId, String municipalityId, Decided decided) {
    }

    /**
     * For a service that does not hold the people (it knows them from care_person): the person, when the caller may see
     * them, with the access in the person's access log; 404 as if unknown otherwise, the refusal logged too.
     * Call within a transaction.
     */
    public Uni<Opened> open(Caller caller, UUID participantId, String resource, String action) {
        return facts.municipalityOf(participantId).flatMap(municipality -> {
            if (municipality == null) {
                return Uni.createFrom().failure(ProblemException.notFound("Participant " + participantId));
            }
            return decide(caller, participantId, municipality).flatMap(decided -> decided.decision().admitted()
                    ? audit.permitted(caller, municipality, participantId, resource, action, null)
                            .replaceWith(new Opened(participantId, municipality, decided))
                    : audit.denied(caller, municipality, participantId, resource, action)
                            .flatMap(logged -> Uni.createFrom().failure(ProblemException.notFound("Participant " + participantId))));
        });
    }

    /** Why the caller may see the person of {@code municipalityOfThePerson}, and what; refused when they may not. */
    public Uni<Decided> decide(Caller caller, UUID participantId, String municipalityOfThePerson) {
        CareFacts roles = rolesOf(caller, municipalityOfThePerson);
        if (!roles.sameMunicipality() || roles.teamLead() || roles.partner()) {
            return Uni.createFrom().item(new Decided(NeedToKnow.decide(roles, clock.instant()), null));
        }
        return facts.ties(caller.subject(), participantId).flatMap(ties -> consentsFor(ties).map(given -> {
            CareFacts known = withTies(roles, ties, given.getOrDefault(participantId, List.of()));
            return new Decided(NeedToKnow.decide(known, clock.instant()), known.memberOrganisation());
        }));
    }

    /** A decision, and the organisation the caller is on the person's team for (null when not a team member). */
    public record Decided(Decision decision, UUID memberOrganisation) {

        /**
         * Whether the caller may see information of this category: how a service that names its categories asks
         * (the plan's goals and actions are {@code PLAN}, a referral's health details {@code HEALTH}, …).
         */
        public boolean sees(InformationCategory category) {
            return decision.admitted() && decision.sees(category);
        }
    }

    /** The people of the caller's municipality the caller may see: the decision of {@link #decide}, person by person. */
    public Uni<Visible> visibleTo(Caller caller) {
        CareFacts roles = rolesOf(caller, caller.municipalityId());
        if (roles.teamLead() || roles.partner()) {
            return Uni.createFrom().item(new Visible(true, List.of()));
        }
        return facts.ties(caller.subject()).flatMap(ties -> consentsFor(ties).map(given -> {
            Instant now = clock.instant();
            Map<UUID, List<Tie>> byPerson = ties.stream().collect(Collectors.groupingBy(Tie::participantId));
            List<UUID> visible = byPerson.entrySet().stream()
                    .filter(person -> NeedToKnow.decide(withTies(roles, person.getValue(), given.getOrDefault(person.getKey(), List.of())), now)
                            .admitted())
                    .map(Map.Entry::getKey).sorted().toList();
            return new Visible(false, visible);
        }));
    }

    /** Consents matter only for team members: read them only for the people the caller is on the team of. */
    private Uni<Map<UUID, List<ConsentTerms>>> consentsFor(List<Tie> ties) {
        Set<UUID> members = ties.stream().filter(tie -> tie.tie().equals(CareRelation.TEAM_MEMBER.name()))
                .map(Tie::participantId).collect(Collectors.toSet());
        return consents.consentsOf(members);
    }

    /** The caller as need-to-know sees them before any tie to a person: the municipality and the roles. */
    private static CareFacts rolesOf(Caller caller, String municipalityOfThePerson) {
        CareFacts facts = CareFacts.stranger();
        if (!municipalityOfThePerson.equals(caller.municipalityId())) {
            facts = facts.inAnotherMunicipality();
        }
        if (caller.hasRole(Roles.TEAM_LEAD)) {
            facts = facts.asTeamLead();
        }
        if (caller.hasRole(Roles.PARTNER)) {
            facts = facts.asPartner();
        }
        return facts;
    }

    /** The facts for one person: the caller's ties to them (from {@code care_ties}) and the person's consents. */
    private static CareFacts withTies(CareFacts roles, List<Tie> ties, List<ConsentTerms> consents) {
        CareFacts facts = roles;
        for (Tie tie : ties) {
            if (tie.coordinatorOrganisation() != null) {
                facts = facts.withCoordinatorFrom(tie.coordinatorOrganisation());
            }
            facts = switch (CareRelation.valueOf(tie.tie())) {
                case COORDINATOR -> facts.asCoordinator(tie.coordinatorOrganisation());
                case DEPUTY -> facts.asDeputy(tie.from(), tie.to());
                case TEAM_MEMBER -> facts.asMemberFor(tie.organisationId());
                case REGISTRANT -> facts.asRegistrant();
                case TEAM_LEAD, PARTNER, ADMINISTRATOR -> facts;
            };
        }
        for (ConsentTerms consent : consents) {
            facts = facts.withConsent(consent);
        }
        return facts;
    }
}
