package dev.helhet.participants.rest;

import dev.helhet.participants.service.ParticipantService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of participants. */
@Schema(name = "ParticipantPage")
public record ParticipantPageResponse(
        @Schema(description = "The participants on this page") List<ParticipantResponse> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Page size", example = "20") int size,
        @Schema(description = "Participants matching the filters in all", example = "42") long total) {

    static ParticipantPageResponse of(ParticipantService.Page page) {
        return new ParticipantPageResponse(
                page.items().stream().map(view -> ParticipantResponse.of(view.participant(), view.enrolments(), view.warnings())).toList(),
                page.page(), page.size(), page.total());
    }
}
