package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** A professional joined the team around a person. */
public record TeamMemberAdded(
        UUID memberId,
        UUID participantId,
        UUID professionalId,
        UUID organisationId,
        String role) implements IntegrationEvent {
}
