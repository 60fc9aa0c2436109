package dev.helhet.contracts.agreements;

import dev.helhet.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.UUID;

/** An action was reworded, re-dated or given to someone else. */
public record ActionRevised(
        UUID actionId,
        UUID participantId,
        UUID goalId,
        String category,
        String responsible,
        UUID responsibleId,
        LocalDate dueDate) implements IntegrationEvent {
}
