package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** A professional left the team around a person. */
public record TeamMemberRemoved(
        UUID memberId,
        UUID participantId,
        UUID professionalId) implements IntegrationEvent {
}
