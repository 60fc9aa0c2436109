package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.UUID;

/** An absence was cancelled; the deputy no longer sees the people. */
public record AbsenceCancelled(
        UUID absenceId,
        UUID professionalId) implements IntegrationEvent {
}
