package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The transition was prepared in time or late: a referral the rule asks for was accepted. */
public record TransitionMet(
        UUID taskId,
        UUID participantId,
        String rule,
        UUID referralId) implements IntegrationEvent {
}
