package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A binding action was agreed on the plan, possibly as a meeting's decision. */
public record ActionAgreed(
        UUID actionId,
        UUID participantId,
        UUID goalId,
        UUID meetingId,
        String category,
        String responsible,
        UUID responsibleId,
        LocalDate dueDate) implements IntegrationEvent {
}
