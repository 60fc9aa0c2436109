package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** A paused referral goes on where it was. */
public record ReferralResumed(
        UUID referralId,
        UUID participantId,
        UUID receivingOrganisationId,
        String status) implements IntegrationEvent {
}
