package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The receiving service began to deliver the service. */
public record ReferralStarted(
        UUID referralId,
        UUID participantId,
        UUID receivingOrganisationId) implements IntegrationEvent {
}
