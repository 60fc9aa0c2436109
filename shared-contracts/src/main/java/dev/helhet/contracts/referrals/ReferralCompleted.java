package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The receiving service delivered and reported back to the sender with an outcome. */
public record ReferralCompleted(
        UUID referralId,
        UUID participantId,
        UUID receivingOrganisationId,
        String outcome) implements IntegrationEvent {
}
