package dev.helhet.participants.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone from the person's network. */
@Schema(name = "NetworkPersonInput")
public record NetworkPersonRequest(
        @NotBlank
        @Size(max = 200)
        @Schema(description = "Their name", example = "Fadumo Hassan", required = true)
        String name,
        @NotBlank
        @Size(max = 100)
        @Schema(description = "Their relation to the person, in the person's words", example = "søster", required = true)
        String relation,
        @Size(max = 40)
        @Pattern(regexp = "\\+?[0-9 ()-]{3,40}", message = "must be a phone number: digits, spaces, +, ( ) and -")
        @Schema(description = "Phone number", example = "+47 998 76 543")
        String phone,
        @Email
        @Size(max = 254)
        @Schema(description = "E-mail address")
        String email,
        @Schema(description = "Whether they take part in follow-up meetings", defaultValue = "false")
        Boolean joinsFollowUpMeetings) {
}
