package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.List;
import java.util.UUID;

/** A professional was registered: the link between their Keycloak subject and their id, and where they work. */
public record ProfessionalRegistered(
        UUID professionalId,
        String subject,
        List<UUID> organisationIds) implements IntegrationEvent {
}
