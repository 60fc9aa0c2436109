package dev.helhet.agreements.rest;

import dev.helhet.agreements.service.PlanService;
import dev.helhet.common.http.Created;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

/** The person's shared plan: goals per life area and their progress, as far as need-to-know opens them to the caller. */
@Path("/api/v1/agreements/participants/{participantId}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plan")
public class PlanResource {

    private final PlanService plans;
    private final CallerContext caller;

    public PlanResource(PlanService plans, CallerContext caller) {
        this.plans = plans;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(summary = "The person's plan", description = "The goals whose information category the caller may see (a team member:"
            + " what the person's consent opens to their organisation), each with its progress. A person without a plan yet has no goals."
            + " The read is in the person's access log.")
    @APIResponse(responseCode = "200", description = "The plan")
    public Uni<PlanDtos.PlanResponse> plan(@PathParam("participantId") UUID participantId) {
        return plans.plan(caller.inMunicipality(), participantId).map(PlanDtos.PlanResponse::of);
    }

    @POST
    @Path("/goals")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Operation(summary = "Propose a goal", description = "By the person's coordinator, the deputy or a team lead (403 `plan-not-yours-to-change`"
            + " otherwise). The plan is made on first use. The goal starts as proposed.")
    @APIResponse(responseCode = "201", description = "Proposed")
    public Uni<RestResponse<PlanDtos.GoalResponse>> propose(@PathParam("participantId") UUID participantId,
                                                            @Valid @NotNull PlanDtos.GoalInput input) {
        return plans.addGoal(caller.inMunicipality(), participantId,
                        new PlanService.NewGoal(input.lifeArea(), input.category(), input.description(), input.targetDate()))
                .map(PlanDtos.GoalResponse::of)
                .map(goal -> Created.at("/api/v1/agreements/participants/" + participantId + "/plan/goals/" + goal.id(), goal));
    }

    @PUT
    @Path("/goals/{goalId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Operation(summary = "Revise a goal", description = "Reword it, move its target date, or move its status on: proposed → active →"
            + " achieved | not-achieved | cancelled (a proposal may be cancelled). Any other move is 409 `illegal-status-change`.")
    @APIResponse(responseCode = "200", description = "Revised")
    public Uni<PlanDtos.GoalResponse> revise(@PathParam("participantId") UUID participantId, @PathParam("goalId") UUID goalId,
                                             @Valid @NotNull PlanDtos.GoalRevision revision) {
        return plans.reviseGoal(caller.inMunicipality(), participantId, goalId,
                        new PlanService.Revision(revision.description(), revision.targetDate(), revision.status()))
                .map(PlanDtos.GoalResponse::of);
    }

    @POST
    @Path("/goals/{goalId}/progress")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(summary = "Record progress on a goal", description = "The person's own rating (1–10), a note, or both; by anyone who may"
            + " see the goal. 400 when there is neither.")
    @APIResponse(responseCode = "201", description = "Recorded")
    public Uni<RestResponse<PlanDtos.ProgressResponse>> progress(@PathParam("participantId") UUID participantId,
                                                                 @PathParam("goalId") UUID goalId,
                                                                 @Valid @NotNull PlanDtos.ProgressInput input) {
        if (input.rating() == null && (input.note() == null || input.note().isBlank())) {
            throw dev.helhet.common.problem.ProblemException.invalidField("rating", "give a rating, a note or both", "required");
        }
        return plans.recordProgress(caller.inMunicipality(), participantId, goalId, input.rating(), input.note())
                .map(PlanDtos.ProgressResponse::of)
                .map(note -> Created.at("/api/v1/agreements/participants/" + participantId + "/plan/goals/" + goalId + "/progress/"
                        + note.id(), note));
    }

    @POST
    @Path("/actions")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Operation(summary = "Agree an action", description = "A binding agreement: what, who carries it out (the person, a team member,"
            + " an organisation or the network person), by when, for which goal. By the coordinator, the deputy or a team lead.")
    @APIResponse(responseCode = "201", description = "Agreed; it starts as planned")
    public Uni<RestResponse<PlanDtos.ActionResponse>> agree(@PathParam("participantId") UUID participantId,
                                                            @Valid @NotNull PlanDtos.ActionInput input) {
        if ((input.responsible() == dev.helhet.agreements.domain.Responsible.PERSON) != (input.responsibleId() == null)) {
            throw dev.helhet.common.problem.ProblemException.invalidField("responsibleId",
                    "name whom for a team member, an organisation or the network person; nobody when it is the person", "required");
        }
        return plans.agreeAction(caller.inMunicipality(), participantId, new PlanService.NewAction(input.goalId(), input.description(),
                        input.category(), input.responsible(), input.responsibleId(), input.dueDate()))
                .map(PlanDtos.ActionResponse::of)
                .map(action -> Created.at("/api/v1/agreements/participants/" + participantId + "/plan/actions/" + action.id(), action));
    }

    @PUT
    @Path("/actions/{actionId}/status")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(summary = "Move an action on", description = "planned → in-progress → done | cancelled (a planned action may be done or"
            + " cancelled at once); any other move is 409 `illegal-status-change`. By the professional responsible for it, the"
            + " coordinator, the deputy or a team lead (403 `plan-not-yours-to-change` otherwise).")
    @APIResponse(responseCode = "200", description = "Moved")
    public Uni<PlanDtos.ActionResponse> move(@PathParam("participantId") UUID participantId, @PathParam("actionId") UUID actionId,
                                             @Valid @NotNull PlanDtos.ActionStatusChange change) {
        return plans.moveAction(caller.inMunicipality(), participantId, actionId, change.status()).map(PlanDtos.ActionResponse::of);
    }
}
