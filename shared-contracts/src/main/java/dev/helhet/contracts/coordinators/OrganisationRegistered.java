package dev.helhet.contracts.coordinators;

import dev.helhet.contracts.IntegrationEvent;

import java.util.List;
import java.util.UUID;

/** A service (NAV office, school, volunteer centre, ...) joined the registry. */
public record OrganisationRegistered(
        UUID organisationId,
        String name,
        String type,
        List<String> municipalityIds) implements IntegrationEvent {
}
