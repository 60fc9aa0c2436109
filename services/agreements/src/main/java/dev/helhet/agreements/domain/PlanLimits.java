package dev.helhet.agreements.domain;

import dev.helhet.common.input.CollectionLimit;

/**
 * The most one person's plan holds: far above any real plan, and the bounds the OpenAPI document declares as
 * {@code maxItems}. A meeting's decisions are actions of the plan, so they are within {@link #ACTIONS} too.
 */
public final class PlanLimits {

    public static final int GOALS = 100;
    public static final int ACTIONS = 300;
    public static final int PROGRESS_NOTES = 500;

    public static final CollectionLimit GOALS_OF_A_PLAN = new CollectionLimit("plan's goals", GOALS);
    public static final CollectionLimit ACTIONS_OF_A_PLAN = new CollectionLimit("plan's actions", ACTIONS);
    public static final CollectionLimit PROGRESS_OF_A_GOAL = new CollectionLimit("goal's progress notes", PROGRESS_NOTES);

    private PlanLimits() {
    }
}
