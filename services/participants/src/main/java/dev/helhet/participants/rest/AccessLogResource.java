package dev.helhet.participants.rest;

import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.participants.service.AccessLogService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

/** The access log: for a person's coordinator, and searchable for the municipality's admin. */
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access log", description = "Who read or changed whose data, kept append-only and hash-chained")
public class AccessLogResource {

    private final AccessLogService log;
    private final CallerContext caller;

    public AccessLogResource(AccessLogService log, CallerContext caller) {
        this.log = log;
        this.caller = caller;
    }

    /** The result of walking the hash chain. */
    @Schema(name = "AccessLogVerification")
    public record Verification(
            @Schema(description = "True when every entry's hash matches its content and the entry before it") boolean intact,
            @Schema(description = "Entries checked (all municipalities share one chain)", example = "12873") long entries,
            @Schema(description = "Chain position of the first entry that does not match; absent when intact") Long firstBrokenPosition) {
    }

    @GET
    @Path("/{id}/access-log")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Operation(operationId = "listParticipantAccessLog",
            summary = "Who has read or changed this person's data", description = "For the person's coordinator (or deputy)"
            + " and team leads. Newest first. The person reads the same at /me/access-log.")
    @APIResponse(responseCode = "200", description = "The person's access log")
    public Uni<Page<AccessLogEntryResponse>> forPerson(@PathParam("id") UUID id, @Valid @BeanParam PageRequest paging) {
        return log.forPerson(caller.inMunicipality(), id, paging).map(entries -> entries.map(AccessLogEntryResponse::of));
    }

    @GET
    @Path("/access-log")
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @Operation(operationId = "searchAccessLog",
            summary = "Search the municipality's access log", description = "Who looked at whom, when: by person, by the"
            + " pseudonymous id of who accessed, and by time. For the municipality admin, who sees no case content.")
    @APIResponse(responseCode = "200", description = "One page, newest first")
    public Uni<Page<AccessLogEntryResponse>> search(
            @Parameter(description = "Only entries about this person") @QueryParam("participantId") UUID participantId,
            @Parameter(description = "Only entries by this subject id") @QueryParam("actorSubject") String actorSubject,
            @Parameter(description = "From this time (UTC)", example = "2026-11-01T00:00:00Z") @QueryParam("from") Instant from,
            @Parameter(description = "Until this time (UTC)", example = "2026-12-01T00:00:00Z") @QueryParam("to") Instant to,
            @Valid @BeanParam PageRequest paging) {
        return log.search(caller.inMunicipality(), participantId, actorSubject, from, to, paging)
                .map(entries -> entries.map(AccessLogEntryResponse::of));
    }

    @GET
    @Path("/access-log/verification")
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @Operation(operationId = "verifyAccessLog",
            summary = "Check that the access log has not been altered", description = "Walks the hash chain from the first"
            + " entry: any change to a stored entry breaks it at that entry.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verification.class)))
    public Uni<Verification> verify() {
        caller.inMunicipality();
        return log.verify().map(result -> new Verification(result.firstBrokenPosition() == null, result.entries(), result.firstBrokenPosition()));
    }
}
