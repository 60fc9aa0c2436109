package dev.helhet.participants.rest;

import dev.helhet.participants.domain.Participant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A participant as the API shows it. */
@Schema(name = "Participant")
public record ParticipantResponse(
        @Schema(description = "Id of the participant", example = "0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10")
        UUID id,
        @Schema(description = "The person's name", example = "Amina Hassan")
        String name,
        @Schema(description = "The municipality the person is registered in (Keycloak organization alias)", example = "asker")
        String municipalityId,
        @Schema(description = "When the person was registered (UTC)")
        Instant registeredAt) {

    static ParticipantResponse of(Participant participant) {
        return new ParticipantResponse(participant.id, participant.name, participant.municipalityId, participant.registeredAt);
    }
}
