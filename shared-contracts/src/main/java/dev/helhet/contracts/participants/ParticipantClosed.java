package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** Follow-up of the participant in this municipality ended: they moved, or the case was closed. */
public record ParticipantClosed(
        UUID participantId,
        String reason,
        String movedToMunicipalityId) implements IntegrationEvent {
}
