package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A planned meeting was moved to another time. */
public record MeetingRescheduled(
        UUID meetingId,
        UUID participantId,
        Instant startsAt) implements IntegrationEvent {
}
