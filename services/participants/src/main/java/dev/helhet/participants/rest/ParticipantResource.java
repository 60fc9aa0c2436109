package dev.helhet.participants.rest;

import dev.helhet.common.problem.Problem;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.participants.service.ParticipantService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.util.UUID;

/** The participants API: register a person and read people of the caller's municipality. */
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid access token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The role or municipality does not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ParticipantResource {

    private final ParticipantService participants;
    private final CallerContext caller;

    public ParticipantResource(ParticipantService participants, CallerContext caller) {
        this.participants = participants;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"coordinator", "team-lead", "professional", "partner"})
    @Operation(summary = "Register a person", description = "Registers a person in the caller's active municipality"
            + " and publishes ParticipantRegistered on participants.participant.v1.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new participant",
            content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid or malformed request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<ParticipantResponse>> register(@Valid @NotNull RegisterParticipantRequest request) {
        return participants.register(caller.municipalityId(), request.name(), caller.actor())
                .map(participant -> RestResponse.ResponseBuilder
                        .<ParticipantResponse>created(URI.create("/api/v1/participants/" + participant.id))
                        .entity(ParticipantResponse.of(participant))
                        .build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"coordinator", "team-lead", "professional", "partner"})
    @Operation(summary = "Read one person", description = "Answers 404 for a person of another municipality.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "404", description = "No such person in the caller's municipality",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ParticipantResponse> get(@PathParam("id") UUID id) {
        return participants.get(id, caller.municipalityId()).map(ParticipantResponse::of);
    }

    @GET
    @RolesAllowed({"coordinator", "team-lead", "professional", "partner"})
    @Operation(summary = "List people of the caller's municipality", description = "Newest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ParticipantPageResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ParticipantPageResponse> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        return participants.list(caller.municipalityId(), page, size).map(ParticipantPageResponse::of);
    }
}
