package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The receiving service said no, with a reason. */
public record ReferralRejected(
        UUID referralId,
        UUID participantId,
        UUID receivingOrganisationId,
        String reason) implements IntegrationEvent {
}
