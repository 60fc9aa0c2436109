package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.UUID;

/** An enrolment ended, with its mandatory reason. */
public record ProgrammeEnded(
        UUID participantId,
        UUID enrolmentId,
        String programme,
        LocalDate endDate,
        String reason) implements IntegrationEvent {
}
