package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** An action moved on (planned, in-progress, done, cancelled). */
public record ActionStatusChanged(
        UUID actionId,
        UUID participantId,
        String from,
        String to) implements IntegrationEvent {
}
