package dev.helhet.agreements.rest;

import dev.helhet.agreements.domain.CollaborationAgreement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** One CollaborationAgreement as the API shows it. */
@Schema(name = "CollaborationAgreement")
public record CollaborationAgreementResponse(
        @Schema(description = "Id") UUID id,
        @Schema(description = "What the agreement governs", example = "Introduction programme: NAV and refugee service")
        String title,
        @Schema(description = "First day the agreement applies", example = "2026-01-01")
        java.time.LocalDate validFrom) {

    static CollaborationAgreementResponse of(CollaborationAgreement row) {
        return new CollaborationAgreementResponse(row.id, row.title, row.validFrom);
    }
}
