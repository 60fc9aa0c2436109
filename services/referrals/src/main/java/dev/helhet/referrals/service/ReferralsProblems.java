package dev.helhet.referrals.service;

import dev.helhet.common.problem.ProblemType;

/** The refusals of the referrals API beyond the common ones (docs/api/problems.md). */
public final class ReferralsProblems {

    public static final ProblemType SERVICE_NOT_OWNED = new ProblemType("service-not-owned",
            "Another municipality registered this directory entry; only it can change it", 403);

    private ReferralsProblems() {
    }
}
