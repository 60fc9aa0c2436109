package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** A goal of the plan moved on (proposed, active, achieved, not-achieved, cancelled). */
public record GoalStatusChanged(
        UUID goalId,
        UUID participantId,
        String lifeArea,
        String category,
        String from,
        String to) implements IntegrationEvent {
}
