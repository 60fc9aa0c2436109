package dev.helhet.participants.rest;

import dev.helhet.participants.domain.nationalid.Country;
import dev.helhet.participants.domain.nationalid.NationalIdKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The full identity number, answered only to an explicit, logged request. */
@Schema(name = "RevealedNationalId")
public record RevealedNationalId(
        @Schema(description = "Issuing country", example = "NO") Country country,
        @Schema(description = "Kind of number", example = "fodselsnummer") NationalIdKind kind,
        @Schema(description = "The full number in normal form (Sweden: 12 digits with the century)", example = "15039412345") String number,
        @Schema(description = "The number as people write it", example = "15039412345") String formatted) {

    @Override
    public String toString() {
        return "RevealedNationalId[" + country + ", " + kind + ", ***]";
    }
}
