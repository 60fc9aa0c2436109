package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.List;
import java.util.UUID;

/** A referral was sent to a service: it waits for the service's answer. */
public record ReferralRequested(
        UUID referralId,
        UUID participantId,
        UUID serviceId,
        UUID sendingOrganisationId,
        UUID receivingOrganisationId,
        UUID goalId,
        List<String> categories) implements IntegrationEvent {
}
