package dev.helhet.participants.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the status changes of a participant. */
public final class StatusChangeRequests {

    private StatusChangeRequests() {
    }

    /** The person moved away. */
    @Schema(name = "MoveRequest")
    public record Move(
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,62}", message = "must be a municipality id like harstad")
            @Schema(description = "The municipality the person moved to, if known", example = "harstad")
            String movedToMunicipalityId) {
    }

    /** Follow-up ends for another reason. */
    @Schema(name = "CloseRequest")
    public record Close(
            @NotBlank
            @Size(max = 500)
            @Schema(description = "Why follow-up ends", example = "Ønsker ikke videre oppfølging", required = true)
            String reason) {
    }
}
