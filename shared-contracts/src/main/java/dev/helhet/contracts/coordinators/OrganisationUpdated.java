package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.List;
import java.util.UUID;

/** A service's registry entry changed. */
public record OrganisationUpdated(
        UUID organisationId,
        String name,
        String type,
        List<String> municipalityIds) implements IntegrationEvent {
}
