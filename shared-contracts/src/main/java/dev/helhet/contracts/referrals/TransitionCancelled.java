package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The transition is no longer needed: the programme ended, or the municipality switched the rule off. */
public record TransitionCancelled(
        UUID taskId,
        UUID participantId,
        String rule) implements IntegrationEvent {
}
