package dev.helhet.coordinators.rest;

import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.coordinators.service.AssignmentService;
import dev.helhet.coordinators.service.TeamService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The responsible coordinator and the team around one person. Only the coordinator, their deputy,
 * the team's members (reading) and team leads see it; everyone else gets 404.
 */
@Path("/api/v1/coordinators/participants/{participantId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Coordinator and team", description = "One responsible coordinator and the team around each person")
public class TeamResource {

    private final AssignmentService assignments;
    private final TeamService teams;
    private final CallerContext caller;

    public TeamResource(AssignmentService assignments, TeamService teams, CallerContext caller) {
        this.assignments = assignments;
        this.teams = teams;
        this.caller = caller;
    }

    @GET
    @Path("/coordinator")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(operationId = "getParticipantCoordinator", summary = "The person's coordinator, now and before")
    @APIResponse(responseCode = "200", description = "Current coordinator and history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamDtos.Coordination.class)))
    public Uni<TeamDtos.Coordination> coordinator(@PathParam("participantId") UUID participantId) {
        return assignments.get(caller.inMunicipality(), participantId).map(TeamDtos.Coordination::of);
    }

    @PUT
    @Path("/coordinator")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Operation(operationId = "assignCoordinator",
            summary = "Assign the coordinator, or hand over", description = "With no coordinator: assigns (team lead, or"
            + " a coordinator). With one: a warm handover by the coordinator, their deputy or a team lead, with a note for the new"
            + " coordinator; the old one stays in the history. At most one is active: a concurrent assignment answers 409."
            + " Publishes CoordinatorAssigned or CoordinatorHandedOver.")
    @APIResponse(responseCode = "200", description = "The coordinator now and before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamDtos.Coordination.class)))
    @APIResponse(responseCode = "409", description = "`coordinator-unchanged`, `participant-not-active`, or `conflict` (a concurrent change)")
    public Uni<TeamDtos.Coordination> assign(@PathParam("participantId") UUID participantId, @Valid @NotNull TeamDtos.CoordinatorInput input) {
        return assignments.assign(caller.inMunicipality(), participantId, input.professionalId(), input.organisationId(), input.note())
                .map(TeamDtos.Coordination::of);
    }

    @DELETE
    @Path("/coordinator")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Operation(operationId = "unassignCoordinator",
            summary = "Remove the coordinator", description = "The person appears among the team lead's unassigned people."
            + " Publishes CoordinatorUnassigned.")
    @APIResponse(responseCode = "200", description = "No coordinator now; the history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamDtos.Coordination.class)))
    @APIResponse(responseCode = "409", description = "`no-coordinator`")
    public Uni<TeamDtos.Coordination> unassign(@PathParam("participantId") UUID participantId) {
        return assignments.unassign(caller.inMunicipality(), participantId).map(TeamDtos.Coordination::of);
    }

    @GET
    @Path("/team")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(operationId = "getParticipantTeam",
            summary = "The team around the person", description = "Coordinator, professionals (suspended ones marked) and network persons.")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamDtos.Team.class)))
    public Uni<TeamDtos.Team> team(@PathParam("participantId") UUID participantId) {
        return teams.get(caller.inMunicipality(), participantId).map(TeamDtos.Team::of);
    }

    @POST
    @Path("/team/members")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "addTeamMember",
            summary = "Add a professional to the team", description = "From another organisation than the coordinator's only"
            + " while the person's consent covers it for basic information (409 `consent-required` otherwise). Publishes TeamMemberAdded.")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamDtos.Team.class)))
    @APIResponse(responseCode = "409", description = "`consent-required`, `already-on-team` or `participant-not-active`")
    public Uni<TeamDtos.Team> addMember(@PathParam("participantId") UUID participantId, @Valid @NotNull TeamDtos.MemberInput input) {
        return teams.add(caller.inMunicipality(), participantId, input.professionalId(), input.organisationId(), input.role())
                .map(TeamDtos.Team::of);
    }

    @DELETE
    @Path("/team/members/{memberId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Operation(operationId = "removeTeamMember",
            summary = "Remove a professional from the team", description = "Publishes TeamMemberRemoved.")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TeamDtos.Team.class)))
    public Uni<TeamDtos.Team> removeMember(@PathParam("participantId") UUID participantId, @PathParam("memberId") UUID memberId) {
        return teams.remove(caller.inMunicipality(), participantId, memberId).map(TeamDtos.Team::of);
    }
}
