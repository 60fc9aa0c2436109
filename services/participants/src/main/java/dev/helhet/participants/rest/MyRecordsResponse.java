package dev.helhet.participants.rest;

import dev.helhet.common.input.InputBounds;
import dev.helhet.participants.service.PersonRecord;
import dev.helhet.participants.service.PersonService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** Every record held on the person who signed in, one per municipality that registered them. */
@Schema(name = "MyRecords")
public record MyRecordsResponse(
        @Schema(description = "When this document was made (UTC)") Instant producedAt,
        @Schema(maxItems = InputBounds.MOST_MUNICIPALITIES, description = "One record per municipality, active first; `participant.municipalityId` says who holds it")
        List<PersonRecordResponse> records,
        @Schema(maxItems = InputBounds.MOST_MUNICIPALITIES, description = "Records my identity number was taken off, by which municipality and when (the reason stays with the"
                + " record, which may be someone else's)")
        List<Removal> removedFrom) {

    /** A municipality took my number off one of its records. */
    @Schema(name = "IdentityNumberRemoval")
    public record Removal(@Schema(description = "The municipality", example = "asker") String municipalityId,
                          @Schema(description = "When (UTC)") Instant changedAt) {
    }

    static MyRecordsResponse of(List<PersonRecord> records, Instant now) {
        return new MyRecordsResponse(now, records.stream().map(record -> PersonRecordResponse.of(record, now)).toList(), List.of());
    }

    static MyRecordsResponse of(PersonService.Overview overview, Instant now) {
        return new MyRecordsResponse(now, overview.records().stream().map(record -> PersonRecordResponse.of(record, now)).toList(),
                overview.removedFrom().stream().map(change -> new Removal(change.municipalityId, change.changedAt)).toList());
    }
}
