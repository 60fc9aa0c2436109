package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** Progress was recorded on a goal: a rating and/or a note, which stay in the agreements service. */
public record ProgressRecorded(
        UUID progressId,
        UUID goalId,
        UUID participantId,
        boolean byPerson) implements IntegrationEvent {
}
