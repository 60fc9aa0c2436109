package dev.helhet.participants.rest;

import dev.helhet.participants.domain.NationalIdChange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** Body and answer of adding or changing a person's identity number. */
public final class NationalIdChangeRequests {

    private NationalIdChangeRequests() {
    }

    /** The new number and why. */
    @Schema(name = "NationalIdChangeInput")
    public record Change(
            @NotNull
            @Valid
            @Schema(description = "The number the person has now", required = true)
            NationalIdInput nationalId,
            @NotBlank
            @Size(max = 500)
            @Schema(description = "Why it is added or changed; the person reads this in their own view", required = true,
                    example = "Fikk fødselsnummer i stedet for D-nummer (melding fra Folkeregisteret 2026-11-20)")
            String reason) {
    }

    /** One addition or change of a person's identity number, the numbers masked. */
    @Schema(name = "NationalIdChange")
    public record Response(
            @Schema(description = "The person") UUID participantId,
            @Schema(description = "The municipality whose record it is", example = "asker") String municipalityId,
            @Schema(description = "The number before, masked; absent when the record had none", example = "550394*****") String previousMasked,
            @Schema(description = "The number now, masked", example = "150394*****") String newMasked,
            @Schema(description = "Why") String reason,
            @Schema(description = "When (UTC)") Instant changedAt,
            @Schema(description = "Subject id of who changed it (pseudonymous)") String changedBy) {

        static Response of(NationalIdChange change) {
            return new Response(change.participantId, change.municipalityId, change.previousMasked, change.newMasked, change.reason,
                    change.changedAt, change.changedBy);
        }
    }
}
