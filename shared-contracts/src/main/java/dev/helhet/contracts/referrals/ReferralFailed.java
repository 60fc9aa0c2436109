package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The receiving service could not deliver and reported back to the sender why. */
public record ReferralFailed(
        UUID referralId,
        UUID participantId,
        UUID receivingOrganisationId,
        String reason) implements IntegrationEvent {
}
