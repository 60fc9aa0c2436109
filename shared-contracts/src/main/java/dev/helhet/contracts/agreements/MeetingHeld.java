package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/** A meeting took place; who was at the table only as two flags (the person, her network person). */
public record MeetingHeld(
        UUID meetingId,
        UUID participantId,
        String kind,
        Instant heldAt,
        boolean withPerson,
        boolean withNetworkPerson) implements IntegrationEvent {
}
