package dev.helhet.notifications.service;

import dev.helhet.common.problem.ProblemType;

/** The refusals of the notifications API beyond the common ones (docs/api/problems.md). */
public final class NotificationsProblems {

    /** The partner client may not be sent an event type it asked for (ADR 0042, "who may subscribe to what"). */
    public static final ProblemType EVENT_TYPE_NOT_PERMITTED = new ProblemType("event-type-not-permitted",
            "Your client may not subscribe to this event type", 403);

    /** The receiver's address is not an https URL of a public host. */
    public static final ProblemType RECEIVER_NOT_PERMITTED = new ProblemType("webhook-url-not-permitted",
            "Webhooks go only to https addresses of public hosts", 400);

    private NotificationsProblems() {
    }
}
