package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** A network person is no longer part of the participant's network. */
public record NetworkPersonRemoved(
        UUID participantId,
        UUID networkPersonId) implements IntegrationEvent {
}
