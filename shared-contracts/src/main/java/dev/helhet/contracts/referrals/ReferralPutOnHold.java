package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The receiving service paused an accepted referral. */
public record ReferralPutOnHold(
        UUID referralId,
        UUID participantId,
        UUID receivingOrganisationId) implements IntegrationEvent {
}
