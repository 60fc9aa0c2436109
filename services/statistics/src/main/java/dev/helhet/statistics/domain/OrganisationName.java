package dev.helhet.statistics.domain;

import java.time.Instant;
import java.util.UUID;

/** A service's name and type in the registry as of an event, for figures per receiving organisation. */
public record OrganisationName(UUID organisationId, String name, String type, Instant updatedAt) {
}
