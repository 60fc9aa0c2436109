package dev.helhet.referrals.service;

import dev.helhet.careaccess.ConsentTerms;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.ReceiverType;
import dev.helhet.careaccess.repository.CareFactsRepository;
import dev.helhet.careaccess.repository.ConsentSource;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.referrals.domain.Referral;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the person's consent lets the receiving organisation of a referral see now: the categories of their consents in
 * effect that name it (a whole-team consent does not reach an organisation not on the team yet), or everything when it is
 * the organisation of the person's coordinator, which follows the person already. Asked when sending, when accepting, and
 * whenever the receiver reads the handover — a revocation closes it at once.
 */
@ApplicationScoped
public class ReferralConsent {

    private final CareFactsRepository facts;
    private final ConsentSource consents;
    private final Clock clock;

    public ReferralConsent(CareFactsRepository facts, ConsentSource consents, Clock clock) {
        this.facts = facts;
        this.consents = consents;
        this.clock = clock;
    }

    /** The categories open to the receiving organisation now. Call within a session. */
    public Uni<Set<InformationCategory>> covered(Referral referral) {
        return facts.coordinatorOrganisationOf(referral.participantId).flatMap(home -> {
            if (referral.receivingOrganisationId.equals(home)) {
                return Uni.createFrom().item(EnumSet.allOf(InformationCategory.class));
            }
            return consents.consentsOf(referral.participantId).map(given -> {
                Instant now = clock.instant();
                Set<InformationCategory> covered = EnumSet.noneOf(InformationCategory.class);
                for (ConsentTerms consent : given) {
                    if (consent.inEffect(now) && consent.receiverType() == ReceiverType.ORGANISATION
                            && referral.receivingOrganisationId.equals(consent.receiverOrganisationId())) {
                        covered.addAll(consent.categories());
                    }
                }
                return covered;
            });
        });
    }

    /** Refuses (409 {@code consent-required}, naming {@code missingCategories}) a referral sharing a category not covered. */
    public Uni<Void> require(Referral referral) {
        return covered(referral).map(covered -> {
            List<String> missing = referral.sharedCategories().stream().filter(category -> !covered.contains(category))
                    .map(InformationCategory::code).sorted().toList();
            if (!missing.isEmpty()) {
                throw new ProblemException(Problem.of(ReferralsProblems.CONSENT_REQUIRED, "No consent of the person in effect lets the"
                                + " receiving organisation see " + String.join(", ", missing) + " information: record the person's consent"
                                + " for that organisation first, or share less")
                        .with("missingCategories", missing));
            }
            return null;
        });
    }
}
