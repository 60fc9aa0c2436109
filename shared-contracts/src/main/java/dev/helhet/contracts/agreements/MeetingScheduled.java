package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A meeting about the person was planned. */
public record MeetingScheduled(
        UUID meetingId,
        UUID participantId,
        String kind,
        Instant startsAt,
        boolean withPerson) implements IntegrationEvent {
}
