package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A consent reached its valid-to and no longer opens anything. */
public record ConsentExpired(
        UUID consentId,
        UUID participantId,
        Instant expiredAt) implements IntegrationEvent {
}
