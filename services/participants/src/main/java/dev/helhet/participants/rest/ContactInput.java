package dev.helhet.participants.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to reach a person. */
@Schema(name = "Contact")
public record ContactInput(
        @Size(max = 40)
        @Pattern(regexp = "\\+?[0-9 ()-]{3,40}", message = "must be a phone number: digits, spaces, +, ( ) and -")
        @Schema(description = "Phone number", example = "+47 912 34 567")
        String phone,
        @Email
        @Size(max = 254)
        @Schema(description = "E-mail address", example = "amina@example.org")
        String email,
        @Size(max = 500)
        @Schema(description = "Postal address", example = "Storgata 1, 1384 Asker")
        String address) {
}
