package dev.helhet.participants.rest;

import dev.helhet.participants.domain.nationalid.Country;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An identity number as a caller gives it. Only ever in a request body, never in a URL. */
@ValidNationalId
@Schema(name = "NationalIdInput", description = "An identity number: Norwegian fødselsnummer, D- or H-number;"
        + " Swedish personnummer or samordningsnummer (10 or 12 digits, - or +); Danish CPR number.")
public record NationalIdInput(
        @NotNull
        @Schema(description = "Issuing country", enumeration = {"NO", "SE", "DK"}, example = "NO")
        Country country,
        @NotNull
        @Schema(description = "The number; spaces are ignored", example = "15039412345", maxLength = 20)
        String number) {

    @Override
    public String toString() {
        return "NationalIdInput[" + country + ", ***]";
    }
}
