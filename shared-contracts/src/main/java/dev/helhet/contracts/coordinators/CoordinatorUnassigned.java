package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** A person no longer has a responsible coordinator. */
public record CoordinatorUnassigned(
        UUID assignmentId,
        UUID participantId,
        UUID professionalId) implements IntegrationEvent {
}
