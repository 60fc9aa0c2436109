package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** A team member's access is suspended because no active consent covers their organisation any more. */
public record TeamMemberSuspended(
        UUID memberId,
        UUID participantId,
        UUID professionalId,
        UUID organisationId,
        String reason) implements IntegrationEvent {
}
