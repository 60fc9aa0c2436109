package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The participant consented to share categories of information with an organisation or with the whole team. */
public record ConsentGranted(
        UUID consentId,
        UUID participantId,
        String receiverType,
        UUID receiverOrganisationId,
        List<String> categories,
        Instant validFrom,
        Instant validTo) implements IntegrationEvent {
}
