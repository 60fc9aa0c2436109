package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** Someone from the participant's private network was added. Their name and contact stay in the participants service. */
public record NetworkPersonAdded(
        UUID participantId,
        UUID networkPersonId,
        boolean joinsFollowUpMeetings) implements IntegrationEvent {
}
