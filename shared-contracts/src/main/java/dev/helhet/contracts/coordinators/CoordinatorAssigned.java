package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** A person got their responsible coordinator (there was none). */
public record CoordinatorAssigned(
        UUID assignmentId,
        UUID participantId,
        UUID professionalId,
        UUID organisationId) implements IntegrationEvent {
}
