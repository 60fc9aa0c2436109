package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.util.List;
import java.util.UUID;

/** Details of a participant were corrected. Names the fields, never their values. */
public record ParticipantUpdated(
        UUID participantId,
        List<String> changedFields) implements IntegrationEvent {
}
