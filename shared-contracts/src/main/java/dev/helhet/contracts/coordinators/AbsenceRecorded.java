package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.UUID;

/** A professional will be away; their deputy sees their people meanwhile. */
public record AbsenceRecorded(
        UUID absenceId,
        UUID professionalId,
        UUID deputyId,
        LocalDate from,
        LocalDate to) implements IntegrationEvent {
}
