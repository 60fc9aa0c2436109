package dev.helhet.referrals.service;

import dev.helhet.careaccess.repository.CareFactsRepository;
import dev.helhet.careaccess.repository.CareOrganisations;
import dev.helhet.careaccess.service.CareAccess;
import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.referrals.domain.DirectoryService;
import dev.helhet.referrals.domain.Referral;
import dev.helhet.referrals.domain.ReferralStep;
import dev.helhet.referrals.domain.ReferralStep.Side;
import dev.helhet.referrals.repository.DirectoryServiceRepository;
import dev.helhet.referrals.repository.ReferralRepository;
import dev.helhet.referrals.service.ReferralService.ReferralView;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inbox (referrals to the caller's organisations, or those the caller accepted) and the outbox (referrals the caller
 * sent, or their organisations sent, whose person and shared categories the caller may still see), each with its flags; the referrals of one
 * person. Without handover or timeline: those are read one referral at a time. Every list is in the access log.
 */
@ApplicationScoped
public class ReferralLists {

    /** Whose referrals: the caller's own, or all of their organisations'. */
    public enum Scope { MINE, ORGANISATION }

    private final ReferralRepository referrals;
    private final DirectoryServiceRepository services;
    private final CareFactsRepository facts;
    private final CareAccess careAccess;
    private final CareOrganisations organisations;
    private final ReferralRules rules;
    private final AccessAudit audit;

    public ReferralLists(ReferralRepository referrals, DirectoryServiceRepository services, CareFactsRepository facts, CareAccess careAccess,
                         CareOrganisations organisations, ReferralRules rules, AccessAudit audit) {
        this.referrals = referrals;
        this.services = services;
        this.facts = facts;
        this.careAccess = careAccess;
        this.organisations = organisations;
        this.rules = rules;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Page<ReferralView>> inbox(Caller caller, Scope scope, boolean closedToo, PageRequest paging) {
        return facts.organisationsOf(caller.subject())
                .flatMap(mine -> (scope == Scope.ORGANISATION ? Uni.createFrom().<Set<UUID>>nullItem() : facts.professionalIdsOf(caller.subject()))
                        .flatMap(me -> referrals.toOrganisations(caller.municipalityId(), mine, me, closedToo)))
                .flatMap(found -> listed(caller, Page.of(found, paging), Side.RECEIVER, "referral-inbox"));
    }

    @WithTransaction
    public Uni<Page<ReferralView>> outbox(Caller caller, Scope scope, boolean closedToo, PageRequest paging) {
        Uni<List<Referral>> sent = scope == Scope.MINE
                ? referrals.fromOrganisations(caller.municipalityId(), Set.of(), caller.subject(), closedToo)
                : facts.organisationsOf(caller.subject()).flatMap(mine -> referrals.fromOrganisations(caller.municipalityId(), mine, null, closedToo));
        return sent.flatMap(found -> seenBy(caller, found)).flatMap(found -> listed(caller, Page.of(found, paging), Side.SENDER, "referral-outbox"));
    }

    /** The person's referrals whose categories the caller sees (404 for a person they may not see). */
    @WithTransaction
    public Uni<List<ReferralView>> ofPerson(Caller caller, UUID participantId) {
        return careAccess.open(caller, participantId, "referrals", "list").flatMap(opened -> referrals.ofPerson(participantId, opened.municipalityId())
                .map(found -> found.stream().filter(referral -> referral.sharedCategories().stream().allMatch(opened.decided()::sees)).toList())
                .flatMap(found -> views(found, Side.SENDER)));
    }

    /**
     * The referrals whose person the caller may see now, with every category shared open to them — as for reading one
     * ({@link ReferralAccess}). Need-to-know is asked once per person.
     */
    private Uni<List<Referral>> seenBy(Caller caller, List<Referral> found) {
        List<UUID> people = found.stream().map(referral -> referral.participantId).distinct().toList();
        return Multi.createFrom().iterable(people)
                .onItem().transformToUniAndConcatenate(person -> careAccess.decide(caller, person, caller.municipalityId())
                        .map(decided -> Map.entry(person, decided)))
                .collect().asMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(decided -> found.stream().filter(referral -> {
                    CareAccess.Decided about = decided.get(referral.participantId);
                    return about.decision().admitted() && referral.sharedCategories().stream().allMatch(about::sees);
                }).toList());
    }

    /** The page with a view of each referral on it; each person on the page, and no one else, is in their access log. */
    private Uni<Page<ReferralView>> listed(Caller caller, Page<Referral> page, Side side, String list) {
        if (page.items().isEmpty()) {
            return Uni.createFrom().item(page.with(List.of()));
        }
        return audit.listed(caller, caller.municipalityId(), page.items().stream().map(referral -> referral.participantId).distinct().toList(), list)
                .flatMap(logged -> views(page.items(), side)).map(page::with);
    }

    private Uni<List<ReferralView>> views(List<Referral> found, Side side) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<UUID> organisationIds = found.stream().flatMap(referral -> Stream.of(referral.sendingOrganisationId, referral.receivingOrganisationId))
                .distinct().toList();
        return rules.of(found.getFirst().municipalityId).flatMap(settings -> services.findAll(found.stream().map(r -> r.serviceId).distinct().toList())
                .flatMap(entries -> organisations.names(organisationIds).map(names -> {
                    Map<UUID, DirectoryService> byId = entries.stream().collect(Collectors.toMap(entry -> entry.id, Function.identity()));
                    return found.stream().map(referral -> {
                        DirectoryService service = byId.get(referral.serviceId);
                        return new ReferralView(referral, side, null, ReferralStep.allowed(referral.status, side), List.of(), names,
                                rules.answerDueBy(referral, settings), rules.flags(referral, settings, service == null ? null : service.waitingDays));
                    }).toList();
                })));
    }
}
