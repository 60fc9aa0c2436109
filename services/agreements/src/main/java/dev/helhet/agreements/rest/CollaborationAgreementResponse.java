package dev.helhet.agreements.rest;

import dev.helhet.agreements.domain.CollaborationAgreement;
import dev.helhet.agreements.service.CollaborationAgreementService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One collaboration agreement as the API shows it. */
@Schema(name = "CollaborationAgreement")
public record CollaborationAgreementResponse(
        @Schema(description = "Id", required = true) UUID id,
        @Schema(description = "What the agreement governs", example = "Introduction programme: NAV and refugee service", required = true)
        String title,
        @Schema(description = "Why the services work together", example = "A steady transition from the programme to work or education")
        String purpose,
        @Schema(maxItems = 20, description = "The parties, each with its contact person", required = true) List<Party> parties,
        @Schema(maxItems = 50, description = "The routines agreed, in order", required = true) List<String> routines,
        @Schema(description = "First day the agreement applies", example = "2026-01-01", required = true) LocalDate validFrom,
        @Schema(description = "Last day it applies; open-ended when absent", example = "2028-12-31") LocalDate validTo,
        @Schema(description = "When the parties review it", example = "2027-06-01") LocalDate reviewDate,
        @Schema(description = "It applies today", required = true) boolean inForce,
        @Schema(description = "Its review date has come (shown on the admin's start page)", required = true) boolean reviewDue,
        @Schema(description = "The agreement's version; send it back with a change", required = true) long version) {

    /** A party to the agreement. */
    @Schema(name = "CollaborationParty")
    public record Party(
            @Schema(description = "The organisation (from the registry)", required = true) UUID organisationId,
            @Schema(description = "Its contact person for the agreement (a professional)") UUID contactProfessionalId) {
    }

    static CollaborationAgreementResponse of(CollaborationAgreementService.AgreementView view) {
        CollaborationAgreement agreement = view.agreement();
        return new CollaborationAgreementResponse(agreement.id, agreement.title, agreement.purpose,
                view.parties().stream().map(party -> new Party(party.organisationId, party.contactProfessionalId)).toList(),
                Arrays.asList(agreement.routines), agreement.validFrom, agreement.validTo, agreement.reviewDate, view.inForce(),
                view.reviewDue(), agreement.version);
    }
}
