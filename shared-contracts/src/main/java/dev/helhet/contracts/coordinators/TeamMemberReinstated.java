package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** A suspended team member's access is restored: a consent covers their organisation again. */
public record TeamMemberReinstated(
        UUID memberId,
        UUID participantId,
        UUID professionalId,
        UUID organisationId) implements IntegrationEvent {
}
