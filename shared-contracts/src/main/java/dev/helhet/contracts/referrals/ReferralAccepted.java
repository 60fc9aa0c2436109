package dev.helhet.contracts.referrals;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The receiving service accepted the referral; the professional who accepted joins the person's team. */
public record ReferralAccepted(
        UUID referralId,
        UUID participantId,
        UUID serviceId,
        UUID receivingOrganisationId,
        UUID receivingProfessionalId) implements IntegrationEvent {
}
