package dev.helhet.participants.rest;

import dev.helhet.participants.domain.AccessLogEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** One access to a person's data. */
@Schema(name = "AccessLogEntry")
public record AccessLogEntryResponse(
        @Schema(description = "When (UTC)") Instant occurredAt,
        @Schema(description = "The person whose data it was") java.util.UUID participantId,
        @Schema(description = "The municipality holding that record", example = "asker") String municipalityId,
        @Schema(description = "The service that served or refused the access", example = "coordinators") String service,
        @Schema(description = "What kind of data", example = "team") String resource,
        @Schema(description = "user, service or system", example = "user") String actorType,
        @Schema(description = "Subject id of who it was (pseudonymous)") String actorSubject,
        @Schema(description = "Their roles", example = "coordinator") String actorRoles,
        @Schema(description = "What they did", example = "reveal-national-id") String action,
        @Schema(description = "Why, as they stated it") String purpose,
        @Schema(description = "permitted or denied", example = "permitted") String outcome) {

    static AccessLogEntryResponse of(AccessLogEntry entry) {
        return new AccessLogEntryResponse(entry.occurredAt, entry.participantId, entry.municipalityId, entry.service, entry.resource, entry.actorType, entry.actorSubject, entry.actorRoles, entry.action,
                entry.purpose, entry.outcome);
    }
}
