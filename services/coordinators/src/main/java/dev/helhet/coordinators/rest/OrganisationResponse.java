package dev.helhet.coordinators.rest;

import dev.helhet.coordinators.domain.Organisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** One Organisation as the API shows it. */
@Schema(name = "Organisation")
public record OrganisationResponse(
        UUID id,
        @Schema(description = "Name of the organisation", example = "NAV Asker")
        String name,
        @Schema(description = "Kind of service: refugee-service, adult-education, nav-office, health, school, child-welfare, housing, volunteer-centre, other", example = "nav-office")
        String type) {

    static OrganisationResponse of(Organisation row) {
        return new OrganisationResponse(row.id, row.name, row.type);
    }
}
