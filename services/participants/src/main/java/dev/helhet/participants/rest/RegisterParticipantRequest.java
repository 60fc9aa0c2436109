package dev.helhet.participants.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller sends to register a person. The municipality comes from the token, never from here. */
@Schema(name = "RegisterParticipant")
public record RegisterParticipantRequest(
        @NotBlank
        @Size(max = 200)
        @Schema(description = "The person's name as they want it written", example = "Amina Hassan", maxLength = 200)
        String name) {
}
