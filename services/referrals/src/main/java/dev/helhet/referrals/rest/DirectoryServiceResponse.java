package dev.helhet.referrals.rest;

import dev.helhet.referrals.domain.DirectoryService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** One DirectoryService as the API shows it. */
@Schema(name = "DirectoryService")
public record DirectoryServiceResponse(
        @Schema(description = "Id") UUID id,
        @Schema(description = "Name of the service", example = "Språkpraksis med mentor")
        String name,
        @Schema(description = "The organisation that provides it", example = "Frivilligsentralen")
        String provider) {

    static DirectoryServiceResponse of(DirectoryService row) {
        return new DirectoryServiceResponse(row.id, row.name, row.provider);
    }
}
