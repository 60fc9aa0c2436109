package dev.helhet.agreements.rest;

import dev.helhet.agreements.rest.paper.PaperLanguage;
import dev.helhet.agreements.rest.paper.PlanSheet;
import dev.helhet.agreements.service.ActionService;
import dev.helhet.agreements.service.PlanService;
import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.util.UUID;

/** The person's shared plan: their own goal, goals per life area with progress, and the agreed actions, as far as need-to-know opens them. */
@Path("/api/v1/agreements/participants/{participantId}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plan", description = "The person's shared plan as caseworkers keep it: their own goal, goals per life area with progress, and"
        + " the agreed actions, as far as need-to-know opens them.")
public class PlanResource {

    private final PlanService plans;
    private final ActionService actions;
    private final CallerContext caller;
    private final Clock clock;

    public PlanResource(PlanService plans, ActionService actions, CallerContext caller, Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(operationId = "getParticipantPlan",
            summary = "The person's plan", description = "The goals whose information category the caller may see (a team member:"
            + " what the person's consent opens to their organisation), each with its progress. A person without a plan yet has no goals."
            + " The read is in the person's access log. With `Accept: application/pdf`: the goal-and-agreement sheet to sign, in the"
            + " language `lang` names.")
    @APIResponse(responseCode = "200", description = "The plan (JSON), or the sheet (PDF)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.PlanResponse.class)))
    public Uni<PlanDtos.PlanResponse> plan(@PathParam("participantId") UUID participantId) {
        return plans.plan(caller.inMunicipality(), participantId).map(PlanDtos.PlanResponse::of);
    }

    @GET
    @Produces(Paper.PDF)
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    // One operation with the JSON one in the document (one per path and method): its id is getParticipantPlan.
    @Operation(summary = "The person's plan on paper", description = "`Accept: application/pdf`: the goal-and-agreement sheet, to be"
            + " signed by the person and the coordinator, in the viewer's language (`lang`, else Accept-Language; nb, sv, da or en)."
            + " It holds exactly what the JSON would show the caller. The print is in the person's access log.")
    @APIResponse(responseCode = "200", description = "The sheet (PDF)",
            content = @Content(mediaType = Paper.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<Response> planOnPaper(@PathParam("participantId") UUID participantId,
                                     @Parameter(description = "nb, sv, da or en") @QueryParam("lang") String lang,
                                     @HeaderParam("Accept-Language") String acceptLanguage) {
        PaperLanguage language = PaperLanguage.choose(lang, acceptLanguage);
        return plans.plan(caller.inMunicipality(), participantId, "print").emitOn(Infrastructure.getDefaultWorkerPool())
                .map(plan -> Paper.inline(PlanSheet.render(plan, language, clock.instant()), "plan", language));
    }

    @PUT
    @Path("/own-goal")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Operation(operationId = "updateOwnGoal",
            summary = "Write down the person's own goal", description = "In the person's words, by whoever keeps the plan (the"
            + " coordinator, the deputy or a team lead; 403 `plan-not-yours-to-change` otherwise). Empty clears it.")
    @APIResponse(responseCode = "200", description = "The plan with the goal written down",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.PlanResponse.class)))
    public Uni<PlanDtos.PlanResponse> ownGoal(@PathParam("participantId") UUID participantId, @Valid @NotNull PlanDtos.OwnGoalInput input) {
        return plans.setOwnGoal(caller.inMunicipality(), participantId, input.ownGoal()).map(PlanDtos.PlanResponse::of);
    }

    @POST
    @Path("/goals")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "proposeGoal",
            summary = "Propose a goal", description = "By the person's coordinator, the deputy or a team lead (403 `plan-not-yours-to-change`"
            + " otherwise). The plan is made on first use. The goal starts as proposed.")
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.GoalResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
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
    @Operation(operationId = "updateGoal",
            summary = "Revise a goal", description = "Reword it, move its target date, or move its status on: proposed → active →"
            + " achieved | not-achieved | cancelled (a proposal may be cancelled). Any other move is 409 `illegal-status-change`.")
    @APIResponse(responseCode = "200", description = "Revised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.GoalResponse.class)))
    public Uni<PlanDtos.GoalResponse> revise(@PathParam("participantId") UUID participantId, @PathParam("goalId") UUID goalId,
                                             @Valid @NotNull PlanDtos.GoalRevision revision) {
        return plans.reviseGoal(caller.inMunicipality(), participantId, goalId,
                        new PlanService.Revision(revision.description(), revision.targetDate(), revision.status()))
                .map(PlanDtos.GoalResponse::of);
    }

    @POST
    @Path("/goals/{goalId}/progress")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "recordGoalProgress",
            summary = "Record progress on a goal", description = "The person's own rating (1–10), a note, or both; by anyone who may"
            + " see the goal. 400 when there is neither.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.ProgressResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
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
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "agreeAction",
            summary = "Agree an action", description = "A binding agreement: what, who carries it out (the person, a team member,"
            + " an organisation or the network person), by when, for which goal. By the coordinator, the deputy or a team lead.")
    @APIResponse(responseCode = "201", description = "Agreed; it starts as planned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.ActionResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<PlanDtos.ActionResponse>> agree(@PathParam("participantId") UUID participantId,
                                                            @Valid @NotNull PlanDtos.ActionInput input) {
        return actions.agree(caller.inMunicipality(), participantId, input.terms())
                .map(PlanDtos.ActionResponse::of)
                .map(action -> Created.at("/api/v1/agreements/participants/" + participantId + "/plan/actions/" + action.id(), action));
    }

    @PUT
    @Path("/actions/{actionId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Operation(operationId = "updateAction",
            summary = "Revise an action", description = "Reword it, move its due date, give it to someone else or to another goal;"
            + " by whoever keeps the plan. A done or cancelled action is kept as agreed (409 `illegal-status-change`).")
    @APIResponse(responseCode = "200", description = "Revised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.ActionResponse.class)))
    public Uni<PlanDtos.ActionResponse> reviseAction(@PathParam("participantId") UUID participantId, @PathParam("actionId") UUID actionId,
                                                     @Valid @NotNull PlanDtos.ActionInput input) {
        return actions.revise(caller.inMunicipality(), participantId, actionId, input.terms()).map(PlanDtos.ActionResponse::of);
    }

    @PUT
    @Path("/actions/{actionId}/status")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(operationId = "changeActionStatus",
            summary = "Move an action on", description = "planned → in-progress → done | cancelled (a planned action may be done or"
            + " cancelled at once); any other move is 409 `illegal-status-change`. By the professional responsible for it, the"
            + " coordinator, the deputy or a team lead (403 `plan-not-yours-to-change` otherwise).")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.ActionResponse.class)))
    public Uni<PlanDtos.ActionResponse> move(@PathParam("participantId") UUID participantId, @PathParam("actionId") UUID actionId,
                                             @Valid @NotNull PlanDtos.ActionStatusChange change) {
        return actions.move(caller.inMunicipality(), participantId, actionId, change.status()).map(PlanDtos.ActionResponse::of);
    }
}
