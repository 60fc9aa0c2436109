package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A meeting took place. */
public record MeetingHeld(
        UUID meetingId,
        UUID participantId,
        String kind,
        Instant heldAt,
        boolean withPerson) implements IntegrationEvent {
}
