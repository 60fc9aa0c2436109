package dev.helhet.agreements.service;

import dev.helhet.common.problem.ProblemType;

/** The refusals of the agreements API beyond the common ones (docs/api/problems.md). */
public final class AgreementsProblems {

    public static final ProblemType PLAN_NOT_YOURS_TO_CHANGE = new ProblemType("plan-not-yours-to-change",
            "Only the person's coordinator, the deputy or a team lead changes the plan's goals", 403);
    public static final ProblemType ILLEGAL_STATUS_CHANGE = new ProblemType("illegal-status-change",
            "The goal cannot move to that status from where it is", 409);

    private AgreementsProblems() {
    }
}
