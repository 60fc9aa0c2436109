package dev.helhet.referrals.service;

import dev.helhet.common.problem.ProblemType;

/** The refusals of the referrals API beyond the common ones (docs/api/problems.md). */
public final class ReferralsProblems {

    public static final ProblemType SERVICE_NOT_OWNED = new ProblemType("service-not-owned",
            "Another municipality registered this directory entry; only it can change it", 403);

    /** The lifecycle does not allow the step from where the referral stands; {@code allowedSteps} names those that are. */
    public static final ProblemType STEP_NOT_ALLOWED = new ProblemType("referral-step-not-allowed",
            "The referral cannot take this step from where it stands", 409);

    /** The step belongs to the other side (the sender sends and cancels; the receiving service answers and reports back). */
    public static final ProblemType STEP_NOT_YOURS = new ProblemType("referral-step-not-yours",
            "This step is taken by the other side of the referral", 403);

    /** No consent of the person in effect lets the receiving organisation see a category the referral shares. */
    public static final ProblemType CONSENT_REQUIRED = new ProblemType("consent-required",
            "The person's consent does not cover the receiving organisation", 409);

    /** A transfer offered, withdrawn or answered by someone whose part it is not (the sender keeps the case; a team lead receives). */
    public static final ProblemType TRANSFER_NOT_YOURS = new ProblemType("transfer-not-yours",
            "The person's coordinator, deputy or a team lead offers a transfer; the receiving municipality's team lead answers it", 403);

    /** The person has an offer open already, or the transfer was answered already. */
    public static final ProblemType TRANSFER_SETTLED = new ProblemType("transfer-settled",
            "The transfer is answered already, or the person has another open offer", 409);

    /** The person's follow-up where the referral or transfer comes from has ended (she moved, or it closed). */
    public static final ProblemType PARTICIPANT_NOT_ACTIVE = new ProblemType("participant-not-active",
            "The person has moved or their follow-up is closed", 409);

    private ReferralsProblems() {
    }
}
