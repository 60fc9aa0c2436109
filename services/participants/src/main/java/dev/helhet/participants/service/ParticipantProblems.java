package dev.helhet.participants.service;

import dev.helhet.common.problem.ProblemType;

/** Problem types of the participants service (catalogue: docs/api/problems.md). */
public final class ParticipantProblems {

    public static final ProblemType ALREADY_REGISTERED =
            new ProblemType("already-registered", "This identity number is already registered in the municipality", 409);
    public static final ProblemType NOT_ACTIVE =
            new ProblemType("participant-not-active", "The person has moved or their follow-up is closed", 409);
    public static final ProblemType ALREADY_ENROLLED =
            new ProblemType("already-enrolled", "The person is already in this programme", 409);
    public static final ProblemType PROGRAMME_ENDED =
            new ProblemType("programme-ended", "The enrolment has ended", 409);
    public static final ProblemType OPEN_PROGRAMMES =
            new ProblemType("open-programmes", "The person is still in a programme", 409);
    public static final ProblemType CONSENT_NOT_ACTIVE =
            new ProblemType("consent-not-active", "The consent is already revoked or expired", 409);
    public static final ProblemType NOT_REGISTERED =
            new ProblemType("not-registered", "No record of you in Helhet", 404);

    public static final ProblemType NOT_YOURS_TO_RECORD = new ProblemType("consent-not-yours-to-record",
            "Only the person, their coordinator, the coordinator's deputy or a team lead records consent", 403);
    public static final ProblemType SELF_GRANT = new ProblemType("consent-self-grant",
            "A consent naming your own organisation must come from the person or someone outside it", 403);

    private ParticipantProblems() {
    }
}
