package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** The participant (or a caseworker on their word) revoked a consent: stop showing what it opened, now. */
public record ConsentRevoked(
        UUID consentId,
        UUID participantId,
        Instant revokedAt) implements IntegrationEvent {
}
