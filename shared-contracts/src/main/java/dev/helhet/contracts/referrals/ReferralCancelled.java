package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The sender withdrew the referral before it was completed. */
public record ReferralCancelled(
        UUID referralId,
        UUID participantId,
        UUID receivingOrganisationId,
        String from) implements IntegrationEvent {
}
