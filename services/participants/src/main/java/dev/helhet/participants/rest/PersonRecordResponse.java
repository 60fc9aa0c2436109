package dev.helhet.participants.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.RecordLimits;
import dev.helhet.participants.service.PersonRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Everything one municipality's record holds on a person (the municipality is in {@code participant}): the person's own
 * view, and (with the full number and access log) the export.
 */
@Schema(name = "PersonRecord")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonRecordResponse(
        @Schema(description = "When this document was made (UTC)") Instant producedAt,
        @Schema(description = "The person; the identity number masked") ParticipantResponse participant,
        @Schema(description = "Export only: the full identity number") RevealedNationalId nationalId,
        @Schema(maxItems = RecordLimits.ENROLMENTS, description = "Programme enrolments, newest first, with extensions") List<EnrolmentResponse> programmes,
        @Schema(maxItems = RecordLimits.NETWORK_PERSONS, description = "Network persons (the export includes removed ones)") List<NetworkPersonResponse> network,
        @Schema(maxItems = RecordLimits.CONSENTS, description = "Consents with their history") List<ConsentResponse> consents,
        @Schema(maxItems = RecordLimits.IDENTITY_CHANGES, description = "When and why the identity number was added or changed, newest first; the numbers masked")
        List<NationalIdChangeRequests.Response> identityChanges,
        @Schema(maxItems = RecordLimits.EXPORTED_ACCESSES, description = "Export only: the newest " + RecordLimits.EXPORTED_ACCESSES + " logged accesses to the person's data (all of them at /me/access-log), newest first") List<AccessLogEntryResponse> accessLog) {

    static PersonRecordResponse of(PersonRecord record, Instant now) {
        Participant participant = record.participant();
        return new PersonRecordResponse(now,
                ParticipantResponse.of(participant, record.enrolments(), List.of()),
                record.nationalIdNumber() == null ? null : revealed(participant, record.nationalIdNumber()),
                record.enrolments().stream().map(enrolment -> EnrolmentResponse.of(enrolment, record.extensions())).toList(),
                record.network().stream().map(NetworkPersonResponse::of).toList(),
                record.consents().stream().map(consent -> ConsentResponse.of(consent, record.consentChanges(), now)).toList(),
                record.identityChanges().stream().map(NationalIdChangeRequests.Response::of).toList(),
                record.complete() ? record.accessLog().stream().map(AccessLogEntryResponse::of).toList() : null);
    }

    static RevealedNationalId revealed(Participant participant, String number) {
        return new RevealedNationalId(participant.nationalIdCountry, participant.nationalIdKind, number,
                dev.helhet.participants.domain.nationalid.NationalId.format(participant.nationalIdCountry, number));
    }
}
