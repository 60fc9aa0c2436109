package dev.helhet.participants.rest;

import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.ParticipantStatus;
import dev.helhet.participants.domain.ProgrammeEnrolment;
import dev.helhet.participants.domain.RecordLimits;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A participant as the API shows it: the identity number masked, never in full. */
@Schema(name = "Participant")
public record ParticipantResponse(
        @Schema(description = "Id of the participant", example = "0b6a3c52-6f0e-4a43-8d1e-5e2f4b8c9a10")
        UUID id,
        @Schema(description = "The municipality the person is registered in (Keycloak organization alias)", example = "asker")
        String municipalityId,
        @Schema(description = "The person's name", example = "Amina Hassan")
        String name,
        @Schema(maxItems = 10, description = "Preferred languages, most preferred first", example = "[\"so\", \"nb\"]")
        List<String> preferredLanguages,
        @Schema(description = "Whether an interpreter is needed")
        boolean interpreterNeeded,
        @Schema(description = "Language the interpreter must speak", example = "so")
        String interpreterLanguage,
        @Schema(description = "How to reach the person")
        ContactInput contact,
        @Schema(description = "Date of birth as entered", example = "1994-03-15")
        LocalDate dateOfBirth,
        @Schema(description = "What matters to the person, in their own words")
        String whatMattersToMe,
        @Schema(description = "The identity number, masked; null when none is recorded")
        MaskedNationalId nationalId,
        @Schema(description = "active, moved or closed", enumeration = {"active", "moved", "closed"})
        ParticipantStatus status,
        @Schema(description = "When the status last changed")
        Instant statusChangedAt,
        @Schema(description = "When moved: the municipality the person moved to, if known", example = "harstad")
        String movedToMunicipalityId,
        @Schema(maxItems = RecordLimits.ENROLMENTS, description = "Programmes the person is in now, with planned ends")
        List<ProgrammeSummary> currentProgrammes,
        @Schema(description = "When the person was registered (UTC)")
        Instant registeredAt,
        @Schema(description = "When details were last corrected (UTC)")
        Instant updatedAt,
        @Schema(description = "Version for optimistic locking; send it back with corrections", example = "0")
        long version) {

    /** A programme the person is in now. */
    @Schema(name = "ProgrammeSummary")
    public record ProgrammeSummary(
            @Schema(description = "Id of the enrolment") UUID enrolmentId,
            @Schema(description = "The programme", example = "introduction-programme") String programme,
            @Schema(description = "Planned last day", example = "2028-03-01") LocalDate plannedEndDate) {
    }

    static ParticipantResponse of(Participant participant, List<ProgrammeEnrolment> enrolments, List<String> warnings) {
        MaskedNationalId nationalId = participant.hasNationalId()
                ? new MaskedNationalId(participant.nationalIdCountry, participant.nationalIdKind, participant.nationalIdMasked, warnings)
                : null;
        ContactInput contact = new ContactInput(participant.phone, participant.email, participant.address);
        List<ProgrammeSummary> current = enrolments.stream()
                .filter(ProgrammeEnrolment::isOpen)
                .map(enrolment -> new ProgrammeSummary(enrolment.id, enrolment.programme.code(), enrolment.plannedEndDate))
                .toList();
        return new ParticipantResponse(participant.id, participant.municipalityId, participant.name,
                participant.preferredLanguages(), participant.interpreterNeeded, participant.interpreterLanguage,
                contact, participant.dateOfBirth, participant.whatMattersToMe, nationalId, participant.status,
                participant.statusChangedAt, participant.movedToMunicipality, current, participant.registeredAt,
                participant.updatedAt, participant.version);
    }
}
