package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A participant was enrolled in a programme. */
public record ProgrammeEnrolled(
        UUID participantId,
        UUID enrolmentId,
        String programme,
        LocalDate startDate,
        LocalDate plannedEndDate,
        LocalDate settlementDate,
        boolean lateStart) implements IntegrationEvent {
}
