package dev.helhet.referrals.service;

import dev.helhet.careaccess.CareRelation;
import dev.helhet.careaccess.repository.CareFactsRepository;
import dev.helhet.careaccess.service.CareAccess;
import dev.helhet.careaccess.service.CareAccess.Decided;
import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.referrals.domain.Referral;
import dev.helhet.referrals.domain.ReferralStep;
import dev.helhet.referrals.domain.ReferralStep.Side;
import dev.helhet.referrals.repository.ReferralRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.UUID;

/**
 * Who the caller is to a referral. The sending side: whoever may see the person and every category the referral
 * shares (need-to-know, as for any of the person's information). The receiving side: a professional of the receiving
 * organisation, once the referral is sent. Anyone else gets 404, as if there were none; every look is in the person's
 * access log.
 */
@ApplicationScoped
public class ReferralAccess {

    private static final Set<CareRelation> KEEP_THE_CASE = Set.of(CareRelation.COORDINATOR, CareRelation.DEPUTY, CareRelation.TEAM_LEAD);

    private final ReferralRepository referrals;
    private final CareAccess careAccess;
    private final CareFactsRepository facts;
    private final AccessAudit audit;

    public ReferralAccess(ReferralRepository referrals, CareAccess careAccess, CareFactsRepository facts, AccessAudit audit) {
        this.referrals = referrals;
        this.careAccess = careAccess;
        this.facts = facts;
        this.audit = audit;
    }

    /**
     * A referral as the caller sees it.
     *
     * @param side    the side the caller reads or acts for: the receiving side when they are on it (a professional of the
     *                receiving service who has since joined the person's team is on both), else the sending side
     * @param decided what need-to-know lets the caller see of the person, when it admits them; null for a receiver only
     * @param acting  the sides whose steps the caller may take: the receiving side, and the sending side for whoever wrote
     *                the referral or keeps the person's case
     */
    public record Seen(Referral referral, Side side, Decided decided, Set<Side> acting) {

        /** The organisation the caller acts for: the one that sent it, or the one that received it. */
        public UUID organisationId() {
            return side == Side.SENDER ? referral.sendingOrganisationId : referral.receivingOrganisationId;
        }
    }

    /** The referral as the caller may see it (the sending side when they are both); 404 otherwise. Call within a transaction. */
    public Uni<Seen> read(Caller caller, UUID referralId) {
        return sides(caller, referralId).flatMap(sides -> {
            Side side = sides.receiver() ? Side.RECEIVER : sides.sender() != null ? Side.SENDER : null;
            return admit(caller, sides, side, "read");
        });
    }

    /**
     * The referral for a step: the caller must be on the step's side (403 {@code referral-step-not-yours} when only on the
     * other) and, for the sender's steps, have sent it or keep the person's case (coordinator, deputy, team lead).
     */
    public Uni<Seen> forStep(Caller caller, UUID referralId, ReferralStep step) {
        return sides(caller, referralId).flatMap(sides -> {
            boolean onSide = step.side() == Side.SENDER ? sides.sender() != null : sides.receiver();
            if (!onSide) {
                if (sides.sender() == null && !sides.receiver()) {
                    return admit(caller, sides, null, step.code());
                }
                return refuse(caller, sides.referral(), step, step.side() == Side.SENDER
                        ? "Only the sending side can " + step.code() + " a referral"
                        : "Only the receiving service can " + step.code() + " a referral");
            }
            if (step.side() == Side.SENDER && !sides.maySend(caller)) {
                return refuse(caller, sides.referral(), step,
                        "Only whoever sent the referral, or keeps the person's case (coordinator, deputy, team lead), can " + step.code() + " it");
            }
            return admit(caller, sides, step.side(), step.code());
        });
    }

    /** The sides the caller is on: sender (with what they see) and/or receiver. */
    private record Sides(Referral referral, Decided sender, boolean receiver) {

        /** On the sending side, and the one who wrote it or keeps the person's case. */
        boolean maySend(Caller caller) {
            return sender != null && (referral.createdBy.equals(caller.subject()) || KEEP_THE_CASE.contains(sender.decision().relation()));
        }

        Set<Side> acting(Caller caller) {
            Set<Side> acting = java.util.EnumSet.noneOf(Side.class);
            if (receiver) {
                acting.add(Side.RECEIVER);
            }
            if (maySend(caller)) {
                acting.add(Side.SENDER);
            }
            return acting;
        }
    }

    private Uni<Sides> sides(Caller caller, UUID referralId) {
        return referrals.find(referralId).flatMap(referral -> {
            if (referral == null || !referral.municipalityId.equals(caller.municipalityId())) {
                return Uni.createFrom().failure(ProblemException.notFound("Referral " + referralId));
            }
            // Never sent (a draft, or a draft withdrawn): the receiving organisation has never been told of it.
            Uni<Boolean> receiver = referral.requestedAt == null ? Uni.createFrom().item(false)
                    : facts.organisationsOf(caller.subject()).map(organisations -> organisations.contains(referral.receivingOrganisationId));
            return receiver.flatMap(isReceiver -> careAccess.decide(caller, referral.participantId, referral.municipalityId)
                    .map(decided -> decided.decision().admitted() && referral.sharedCategories().stream().allMatch(decided::sees)
                            ? new Sides(referral, decided, isReceiver) : new Sides(referral, null, isReceiver)));
        });
    }

    /** 403 {@code referral-step-not-yours}, with the refusal in the person's access log (it outlives the failed request). */
    private Uni<Seen> refuse(Caller caller, Referral referral, ReferralStep step, String detail) {
        return audit.denied(caller, referral.municipalityId, referral.participantId, "referral", step.code())
                .flatMap(logged -> Uni.createFrom().failure(new ProblemException(Problem.of(ReferralsProblems.STEP_NOT_YOURS, detail))));
    }

    private Uni<Seen> admit(Caller caller, Sides sides, Side side, String action) {
        Referral referral = sides.referral();
        if (side == null) {
            return audit.denied(caller, referral.municipalityId, referral.participantId, "referral", action)
                    .flatMap(logged -> Uni.createFrom().failure(ProblemException.notFound("Referral " + referral.id)));
        }
        return audit.permitted(caller, referral.municipalityId, referral.participantId, "referral", action, null)
                .replaceWith(new Seen(referral, side, sides.sender(), sides.acting(caller)));
    }
}
