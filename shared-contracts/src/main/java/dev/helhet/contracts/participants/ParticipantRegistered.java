package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/**
 * A person was registered as a participant in a municipality. Carries no name, national id or
 * contact details: consumers that need more ask the participants service under its access rules.
 */
public record ParticipantRegistered(UUID participantId) implements IntegrationEvent {
}
