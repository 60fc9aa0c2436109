package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** A planned meeting was called off. */
public record MeetingCancelled(
        UUID meetingId,
        UUID participantId) implements IntegrationEvent {
}
