package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** The responsible coordinator changed in a warm handover; the handover note stays in the coordinators service. */
public record CoordinatorHandedOver(
        UUID assignmentId,
        UUID previousAssignmentId,
        UUID participantId,
        UUID fromProfessionalId,
        UUID toProfessionalId,
        UUID organisationId) implements IntegrationEvent {
}
