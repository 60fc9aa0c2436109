package dev.helhet.coordinators.service;

import dev.helhet.common.problem.ProblemType;

/** Problem types of the coordinators service (catalogue: docs/api/problems.md). */
public final class CoordinatorProblems {

    public static final ProblemType NOT_A_PROFESSIONAL =
            new ProblemType("not-a-professional", "You are not registered as a professional", 403);
    public static final ProblemType CONSENT_REQUIRED =
            new ProblemType("consent-required", "The person's consent does not cover this organisation", 409);
    public static final ProblemType ALREADY_ON_TEAM =
            new ProblemType("already-on-team", "The professional is on the team already", 409);
    public static final ProblemType COORDINATOR_UNCHANGED =
            new ProblemType("coordinator-unchanged", "This professional is the coordinator already", 409);
    public static final ProblemType NO_COORDINATOR =
            new ProblemType("no-coordinator", "The person has no coordinator", 409);
    public static final ProblemType PARTICIPANT_NOT_ACTIVE =
            new ProblemType("participant-not-active", "The person has moved or their follow-up is closed", 409);
    public static final ProblemType ORGANISATION_NOT_OWNED =
            new ProblemType("organisation-not-owned", "Only the municipality that registered the organisation maintains it", 403);
    public static final ProblemType ALREADY_REGISTERED =
            new ProblemType("already-registered", "Already registered", 409);

    private CoordinatorProblems() {
    }
}
