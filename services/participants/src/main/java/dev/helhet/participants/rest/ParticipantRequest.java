package dev.helhet.participants.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caller sends to register a person or correct their details. The municipality comes from
 * the token; an {@code id} or {@code municipalityId} in the body is ignored.
 */
@Schema(name = "ParticipantInput")
public record ParticipantRequest(
        @NotBlank
        @Size(max = 200)
        @Schema(description = "The person's name as they want it written", example = "Amina Hassan", required = true)
        String name,
        @Size(max = 10)
        @Schema(description = "Preferred languages, most preferred first, as language tags", example = "[\"so\", \"nb\"]")
        List<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag like nb, so or ti") String> preferredLanguages,
        @Schema(description = "Whether an interpreter is needed in meetings", defaultValue = "false")
        Boolean interpreterNeeded,
        @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag like nb, so or ti")
        @Schema(description = "Language the interpreter must speak", example = "so")
        String interpreterLanguage,
        @Valid
        @Schema(description = "How to reach the person")
        ContactInput contact,
        @PastOrPresent
        @Schema(description = "Date of birth, as entered (never derived from the identity number)", example = "1994-03-15")
        LocalDate dateOfBirth,
        @Size(max = 4000)
        @Schema(description = "What matters to the person, in their own words",
                example = "Å få jobb som helsefagarbeider og at barna trives på skolen.")
        String whatMattersToMe,
        @Valid
        @Schema(description = "Identity number, if the person has one. Stored encrypted and shown masked.")
        NationalIdInput nationalId,
        @Schema(description = "For corrections: the version you read; a stale version answers 409 stale-version", example = "0")
        Long version) {
}
