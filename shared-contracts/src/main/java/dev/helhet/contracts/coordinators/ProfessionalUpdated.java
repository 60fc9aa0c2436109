package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.List;
import java.util.UUID;

/** A professional's organisations changed. */
public record ProfessionalUpdated(
        UUID professionalId,
        String subject,
        List<UUID> organisationIds) implements IntegrationEvent {
}
