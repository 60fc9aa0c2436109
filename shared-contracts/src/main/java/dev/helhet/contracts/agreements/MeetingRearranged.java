package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A planned meeting was moved to another time or made another kind of meeting. */
public record MeetingRearranged(
        UUID meetingId,
        UUID participantId,
        String kind,
        Instant startsAt,
        boolean withPerson) implements IntegrationEvent {
}
