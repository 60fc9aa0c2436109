package dev.helhet.coordinators.domain;

import dev.helhet.common.input.CollectionLimit;

/**
 * How much of a person's team and a professional's record an answer holds: the {@code maxItems} of the OpenAPI document.
 * Each is far above real use. Past one, the answer leaves entries out (never the database): the oldest of a history, the
 * latest to join of a team.
 */
public final class TeamLimits {

    /** Current professionals on one team: adding more by hand is refused; by referral they join, but the answer lists this many. */
    public static final int MEMBERS = 100;
    /** Network persons on one team (the participants service keeps at most this many current ones per person). */
    public static final int NETWORK = 50;
    /** Coordinator assignments in a person's coordination history, newest first. */
    public static final int ASSIGNMENTS_SHOWN = 50;
    /** A professional's absences, latest first. */
    public static final int ABSENCES_SHOWN = 50;

    public static final CollectionLimit MEMBERS_OF_A_TEAM = new CollectionLimit("team's members", MEMBERS);

    private TeamLimits() {
    }
}
