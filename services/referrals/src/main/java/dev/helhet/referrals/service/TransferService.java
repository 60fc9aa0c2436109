package dev.helhet.referrals.service;

import dev.helhet.careaccess.CareRelation;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.repository.CareOrganisations;
import dev.helhet.careaccess.service.CareAccess;
import dev.helhet.careaccess.service.CareAccess.Decided;
import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.contracts.IntegrationEvent;
import dev.helhet.contracts.referrals.TransferAccepted;
import dev.helhet.contracts.referrals.TransferDeclined;
import dev.helhet.contracts.referrals.TransferOffered;
import dev.helhet.contracts.referrals.TransferWithdrawn;
import dev.helhet.referrals.domain.Handover;
import dev.helhet.referrals.domain.NewTransfer;
import dev.helhet.referrals.domain.Transfer;
import dev.helhet.referrals.repository.TransferRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Moving to another municipality: the person's coordinator (or deputy, or a team lead) offers, with her consent, to transfer
 * her follow-up; a team lead of the receiving municipality accepts — participants then makes her record there from what the
 * consent allows and closes this one as moved — or declines; the sender may withdraw an open offer. The receiving side
 * learns of the person only what the offer says until it accepts; then it reads the handover too.
 */
@ApplicationScoped
public class TransferService {

    private static final Set<CareRelation> KEEP_THE_CASE = Set.of(CareRelation.COORDINATOR, CareRelation.DEPUTY, CareRelation.TEAM_LEAD);

    /** A transfer as one side sees it: the sender with what need-to-know lets them see, the receiver without the person's id. */
    public record TransferView(Transfer transfer, boolean sender, Handover handover) {
    }

    private final TransferRepository transfers;
    private final CareAccess careAccess;
    private final CareOrganisations organisations;
    private final dev.helhet.careaccess.repository.CareFactsRepository facts;
    private final AccessAudit audit;
    private final EventPublisher events;
    private final Clock clock;

    public TransferService(TransferRepository transfers, CareAccess careAccess, CareOrganisations organisations,
                           dev.helhet.careaccess.repository.CareFactsRepository facts, AccessAudit audit,
                           EventPublisher events, Clock clock) {
        this.transfers = transfers;
        this.careAccess = careAccess;
        this.organisations = organisations;
        this.facts = facts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<TransferView> offer(Caller caller, NewTransfer input) {
        return careAccess.open(caller, input.participantId(), "transfer", "create").flatMap(opened -> {
            requireKeepsTheCase(opened.decided(), "offer a transfer");
            Set<InformationCategory> shared = EnumSet.of(InformationCategory.BASIC);
            shared.addAll(input.categories());
            for (InformationCategory category : shared) {
                if (!opened.decided().sees(category)) {
                    throw ProblemException.invalidField("categories", "you may not see " + category.code() + " information about the person",
                            "not-yours-to-share");
                }
            }
            ReferralService.requireHandoverWithin(input.handover(), shared);
            String to = input.toMunicipalityId().strip().toLowerCase(java.util.Locale.ROOT);
            if (to.equals(opened.municipalityId())) {
                throw ProblemException.invalidField("toMunicipalityId", "the person is followed up here already", "same-municipality");
            }
            return organisations.anyServes(to).flatMap(known -> {
                if (!known) {
                    throw ProblemException.invalidField("toMunicipalityId", "no municipality of the platform by that id", "unknown-municipality");
                }
                return requireFollowedUp(opened.participantId());
            }).chain(() -> transfers.openFor(opened.participantId())).flatMap(open -> {
                if (open != null) {
                    throw new ProblemException(Problem.of(ReferralsProblems.TRANSFER_SETTLED, "The person has an open offer to "
                            + open.toMunicipalityId + " already; withdraw it first").with("transferId", open.id));
                }
                Transfer transfer = Transfer.offered(opened.participantId(), opened.municipalityId(), to, shared, input.consentRecordedHow(),
                        input.note(), input.handover(), clock.instant(), caller.subject());
                return transfers.persist(transfer)
                        .call(saved -> publish(caller, saved, new TransferOffered(saved.id, saved.participantId, saved.toMunicipalityId, codes(saved))))
                        .map(saved -> new TransferView(saved, true, saved.handover.restrictedTo(opened.decided()::sees)));
            });
        });
    }

    /** A transfer for whichever side the caller is on; 404 for anyone else. */
    @WithTransaction
    public Uni<TransferView> get(Caller caller, UUID id) {
        return transfers.find(id).flatMap(transfer -> {
            if (transfer == null) {
                return Uni.createFrom().failure(ProblemException.notFound("Transfer " + id));
            }
            if (receives(caller, transfer)) {
                return audit.permitted(caller, transfer.fromMunicipalityId, transfer.participantId, "transfer", "read", null)
                        .replaceWith(receiverView(transfer));
            }
            if (!caller.municipalityId().equals(transfer.fromMunicipalityId)) {
                return Uni.createFrom().failure(ProblemException.notFound("Transfer " + id));
            }
            return careAccess.open(caller, transfer.participantId, "transfer", "read")
                    .map(opened -> new TransferView(transfer, true, transfer.handover.restrictedTo(opened.decided()::sees)));
        });
    }

    /** The person's transfers from the caller's municipality. */
    @WithTransaction
    public Uni<List<TransferView>> ofPerson(Caller caller, UUID participantId) {
        return careAccess.open(caller, participantId, "transfers", "list").flatMap(opened -> transfers.ofPerson(participantId, opened.municipalityId())
                .map(found -> found.stream().map(transfer -> new TransferView(transfer, true, transfer.handover.restrictedTo(opened.decided()::sees)))
                        .toList()));
    }

    /** Offers to the caller's municipality, for its team leads; each on the page is in the person's access log where she is now. */
    @WithTransaction
    public Uni<Page<TransferView>> incoming(Caller caller, boolean answeredToo, PageRequest paging) {
        requireTeamLead(caller, "see transfers to the municipality");
        return transfers.to(caller.municipalityId(), answeredToo).map(found -> Page.of(found, paging)).flatMap(page -> Multi.createFrom()
                .iterable(page.items())
                .onItem().transformToUniAndConcatenate(transfer -> audit.permitted(caller, transfer.fromMunicipalityId, transfer.participantId,
                        "transfer", "list", null).replaceWith(receiverView(transfer)))
                .collect().asList().map(page::with));
    }

    @WithTransaction
    public Uni<TransferView> accept(Caller caller, UUID id) {
        return answer(caller, id, Transfer.Status.ACCEPTED, null);
    }

    @WithTransaction
    public Uni<TransferView> decline(Caller caller, UUID id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "say why the municipality declines", "required");
        }
        return answer(caller, id, Transfer.Status.DECLINED, reason);
    }

    /** The sender withdraws an open offer. */
    @WithTransaction
    public Uni<TransferView> withdraw(Caller caller, UUID id) {
        return transfers.find(id).flatMap(transfer -> {
            if (transfer == null || !caller.municipalityId().equals(transfer.fromMunicipalityId)) {
                return Uni.createFrom().failure(ProblemException.notFound("Transfer " + id));
            }
            return careAccess.open(caller, transfer.participantId, "transfer", "withdraw").flatMap(opened -> {
                requireKeepsTheCase(opened.decided(), "withdraw a transfer");
                requireOpen(transfer);
                transfer.answer(Transfer.Status.WITHDRAWN, null, clock.instant(), caller.subject());
                return publish(caller, transfer, new TransferWithdrawn(transfer.id, transfer.participantId, transfer.toMunicipalityId))
                        .replaceWith(new TransferView(transfer, true, transfer.handover.restrictedTo(opened.decided()::sees)));
            });
        });
    }

    private Uni<TransferView> answer(Caller caller, UUID id, Transfer.Status answer, String reason) {
        return transfers.find(id).flatMap(transfer -> {
            if (transfer == null || !caller.municipalityId().equals(transfer.toMunicipalityId)) {
                return Uni.createFrom().failure(ProblemException.notFound("Transfer " + id));
            }
            requireTeamLead(caller, "answer a transfer");
            requireOpen(transfer);
            return (answer == Transfer.Status.ACCEPTED ? requireFollowedUp(transfer.participantId) : Uni.createFrom().voidItem())
                    .chain(() -> answered(caller, transfer, answer, reason));
        });
    }

    private Uni<TransferView> answered(Caller caller, Transfer transfer, Transfer.Status answer, String reason) {
        transfer.answer(answer, reason, clock.instant(), caller.subject());
        IntegrationEvent event = answer == Transfer.Status.ACCEPTED
                ? new TransferAccepted(transfer.id, transfer.participantId, transfer.toMunicipalityId, codes(transfer))
                : new TransferDeclined(transfer.id, transfer.participantId, transfer.toMunicipalityId);
        return audit.permitted(caller, transfer.fromMunicipalityId, transfer.participantId, "transfer", answer == Transfer.Status.ACCEPTED
                        ? "accept" : "decline", null)
                .chain(() -> publish(caller, transfer, event))
                .replaceWith(receiverView(transfer));
    }

    /** 409 {@code participant-not-active} once her follow-up in the sending municipality has ended (moved, closed). */
    private Uni<Void> requireFollowedUp(UUID participantId) {
        return facts.isActive(participantId).invoke(active -> {
            if (Boolean.FALSE.equals(active)) {
                throw new ProblemException(Problem.of(ReferralsProblems.PARTICIPANT_NOT_ACTIVE,
                        "The person's follow-up there has ended (moved or closed): the offer cannot be carried out"));
            }
        }).replaceWithVoid();
    }

    /** The receiving side: a team lead of the municipality the person moves to. */
    private static boolean receives(Caller caller, Transfer transfer) {
        return caller.municipalityId().equals(transfer.toMunicipalityId) && caller.hasRole(Roles.TEAM_LEAD);
    }

    /** The receiver reads the handover once accepted, within what the person's consent to the transfer allows. */
    private static TransferView receiverView(Transfer transfer) {
        return new TransferView(transfer, false, transfer.status == Transfer.Status.ACCEPTED
                ? transfer.handover.restrictedTo(transfer.sharedCategories()::contains) : null);
    }

    private static void requireKeepsTheCase(Decided decided, String what) {
        if (!KEEP_THE_CASE.contains(decided.decision().relation())) {
            throw new ProblemException(Problem.of(ReferralsProblems.TRANSFER_NOT_YOURS,
                    "Only the person's coordinator, the deputy or a team lead can " + what));
        }
    }

    private static void requireTeamLead(Caller caller, String what) {
        if (!caller.hasRole(Roles.TEAM_LEAD)) {
            throw new ProblemException(Problem.of(ReferralsProblems.TRANSFER_NOT_YOURS, "Only a team lead of the municipality can " + what));
        }
    }

    private static void requireOpen(Transfer transfer) {
        if (transfer.status != Transfer.Status.OFFERED) {
            throw new ProblemException(Problem.of(ReferralsProblems.TRANSFER_SETTLED, "The transfer is "
                    + transfer.status.name().toLowerCase(java.util.Locale.ROOT) + " already").with("status", transfer.status.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private static List<String> codes(Transfer transfer) {
        return transfer.sharedCategories().stream().map(InformationCategory::code).sorted().toList();
    }

    /** Keyed by the person's record in the sending municipality, in that municipality's name: her events stay in order. */
    private Uni<Void> publish(Caller caller, Transfer transfer, IntegrationEvent event) {
        return events.publish(event, transfer.fromMunicipalityId, transfer.participantId.toString(), caller.actor()).replaceWithVoid();
    }
}
