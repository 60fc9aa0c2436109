package dev.helhet.participants.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the caller needs the full identity number; written to the access log the person can read. */
@Schema(name = "RevealRequest")
public record RevealRequest(
        @NotBlank
        @Size(max = 300)
        @Schema(description = "Why the full number is needed", example = "Søknad om skoleplass krever fødselsnummer", required = true)
        String purpose) {
}
