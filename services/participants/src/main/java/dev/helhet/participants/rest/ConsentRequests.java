package dev.helhet.participants.rest;

import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.ReceiverType;
import dev.helhet.participants.domain.RecordedHow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Bodies of the consent operations. */
public final class ConsentRequests {

    private ConsentRequests() {
    }

    /** Who a consent opens information to. */
    @Schema(name = "ConsentReceiver")
    public record Receiver(
            @NotNull
            @Schema(description = "One organisation, or every organisation on the person's team", required = true,
                    enumeration = {"organisation", "team"})
            ReceiverType type,
            @Schema(description = "The receiving organisation; required for type organisation, absent for team")
            UUID organisationId) {
    }

    /** Grant a consent (a caseworker recording it, or the person themself). */
    @Schema(name = "GrantConsentRequest")
    public record Grant(
            @NotNull
            @Valid
            @Schema(description = "Who may see the information", required = true)
            Receiver receiver,
            @NotEmpty
            // The element type names the codes: an enumeration here would declare the array itself a string.
            @Schema(description = "Which information", required = true)
            Set<@NotNull InformationCategory> categories,
            @NotBlank
            @Size(max = 500)
            @Schema(description = "What the information may be used for", example = "Samarbeid om kvalifisering og arbeid", required = true)
            String purpose,
            @Schema(description = "Start of validity; now if left out", example = "2026-11-22T09:00:00Z")
            Instant validFrom,
            @NotNull
            @Future
            @Schema(description = "End of validity (at most three years ahead); the consent expires by itself then",
                    example = "2027-11-22T09:00:00Z", required = true)
            Instant validTo,
            @Schema(description = "How the consent was given; the person's own consent is always digital",
                    enumeration = {"signed-form", "verbal", "digital"})
            RecordedHow recordedHow) {
    }

    /** Revoke a consent. */
    @Schema(name = "RevokeConsentRequest")
    public record Revoke(
            @NotBlank
            @Size(max = 500)
            @Schema(description = "Why the consent is revoked", example = "Ønsker ikke lenger at helsetjenesten deler", required = true)
            String reason) {
    }
}
