package dev.helhet.contracts.participants;

import dev.helhet.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.UUID;

/** An enrolment got a later planned end. */
public record ProgrammeExtended(
        UUID participantId,
        UUID enrolmentId,
        LocalDate plannedEndDate) implements IntegrationEvent {
}
