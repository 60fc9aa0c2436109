package dev.helhet.participants.rest;

import dev.helhet.participants.service.PersonRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Every record held on the person who signed in, one per municipality that registered them. */
@Schema(name = "MyRecords")
public record MyRecordsResponse(
        @Schema(description = "When this document was made (UTC)") Instant producedAt,
        @Schema(description = "One record per municipality, active first; `participant.municipalityId` says who holds it")
        List<PersonRecordResponse> records) {

    static MyRecordsResponse of(List<PersonRecord> records, Instant now) {
        return new MyRecordsResponse(now, records.stream().map(record -> PersonRecordResponse.of(record, now)).toList());
    }
}
