package dev.helhet.participants.rest;

import dev.helhet.participants.domain.NetworkPerson;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A network person as the API shows them. */
@Schema(name = "NetworkPerson")
public record NetworkPersonResponse(
        @Schema(description = "Id of the network person") UUID id,
        @Schema(description = "Their name", example = "Fadumo Hassan") String name,
        @Schema(description = "Relation to the person", example = "søster") String relation,
        @Schema(description = "Phone number") String phone,
        @Schema(description = "E-mail address") String email,
        @Schema(description = "Whether they take part in follow-up meetings") boolean joinsFollowUpMeetings,
        @Schema(description = "When they were added") Instant addedAt,
        @Schema(description = "When they were removed, if they were") Instant removedAt) {

    static NetworkPersonResponse of(NetworkPerson person) {
        return new NetworkPersonResponse(person.id, person.name, person.relation, person.phone, person.email,
                person.joinsFollowUpMeetings, person.addedAt, person.removedAt);
    }
}
