package dev.helhet.statistics.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Headline figures of one municipality. */
@Schema(name = "StatisticsOverview")
public record OverviewResponse(
        @Schema(description = "The caller's active municipality", example = "asker")
        String municipalityId,
        @Schema(description = "Participants registered in the municipality", example = "42")
        long participants) {
}
