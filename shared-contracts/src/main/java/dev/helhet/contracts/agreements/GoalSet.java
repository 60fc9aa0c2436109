package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** A goal was proposed for the person's plan. */
public record GoalSet(
        UUID goalId,
        UUID participantId,
        String lifeArea,
        String category) implements IntegrationEvent {
}
