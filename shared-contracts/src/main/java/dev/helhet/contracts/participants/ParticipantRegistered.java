package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/**
 * A person was registered as a participant in a municipality. Carries no name, national id or
 * contact details: consumers that need more ask the participants service under its access rules.
 * The age band (a code of {@link AgeBand}, or null) is all statistics learns of her age.
 */
public record ParticipantRegistered(UUID participantId, String ageBand) implements IntegrationEvent {
}
