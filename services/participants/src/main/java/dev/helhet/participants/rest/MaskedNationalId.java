package dev.helhet.participants.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.helhet.participants.domain.nationalid.Country;
import dev.helhet.participants.domain.nationalid.NationalIdKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An identity number as shown by default: the kind and the date part, the rest hidden. */
@Schema(name = "MaskedNationalId")
public record MaskedNationalId(
        @Schema(description = "Issuing country", example = "NO") Country country,
        @Schema(description = "Kind of number", example = "fodselsnummer",
                enumeration = {"fodselsnummer", "d-number", "h-number", "synthetic", "personnummer", "samordningsnummer", "cpr"})
        NationalIdKind kind,
        @Schema(description = "The number with all but the date part hidden", example = "150394*****") String masked,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(maxItems = 5, description = "Only in the answer to a registration: things worth checking, e.g. a Danish number without a valid modulus-11 check")
        List<String> warnings) {
}
