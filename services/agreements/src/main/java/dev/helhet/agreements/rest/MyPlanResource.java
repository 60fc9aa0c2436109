package dev.helhet.agreements.rest;

import dev.helhet.agreements.rest.paper.PaperLanguage;
import dev.helhet.agreements.rest.paper.PlanSheet;
import dev.helhet.agreements.service.MyPlanService;
import dev.helhet.careaccess.client.SignedInPerson;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.problem.ProblemException;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.util.UUID;

/** The person signed in as themself: their plan and meetings in every municipality that registered them. */
@Path("/api/v1/agreements/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My plan", description = "What the person, signed in as themself, sees of their plans and meetings, and the progress and"
        + " actions they report themself.")
public class MyPlanResource {

    private final SignedInPerson signedIn;
    private final MyPlanService mine;
    private final CallerContext caller;
    private final JsonWebToken token;
    private final Clock clock;

    public MyPlanResource(SignedInPerson signedIn, MyPlanService mine, CallerContext caller, JsonWebToken token, Clock clock) {
        this.signedIn = signedIn;
        this.mine = mine;
        this.caller = caller;
        this.token = token;
        this.clock = clock;
    }

    @GET
    @Path("/plan")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "getMyPlan",
            summary = "My plan", description = "All of it: the person's own goal, the goals with their progress, the actions they"
            + " and others agreed to; one plan per municipality that registered them (the participants service says which)."
            + " With `Accept: application/pdf`: the same on paper, in the language `lang` names.")
    @APIResponse(responseCode = "200", description = "The person's plans (JSON), or on paper (PDF)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyPlanDtos.MyPlans.class)))
    @APIResponse(responseCode = "404", description = "`not-registered`: no municipality has registered the person")
    @APIResponse(responseCode = "503", description = "`unavailable`: the participants service did not answer")
    public Uni<MyPlanDtos.MyPlans> plan() {
        return signedIn.of(token).flatMap(mine::plans).map(MyPlanDtos.MyPlans::of);
    }

    @GET
    @Path("/plan")
    @Produces("application/pdf")
    @RolesAllowed(Roles.PARTICIPANT)
    // One operation with the JSON one in the document (one per path and method): its id is getMyPlan.
    @Operation(summary = "My plan on paper", description = "`Accept: application/pdf`: the goal-and-agreement sheet of the person's plan"
            + " in one municipality (`municipalityId`, else the first that registered them), in their language (`lang`, else"
            + " Accept-Language; nb, sv, da or en). 404 when no such plan is theirs.")
    @APIResponse(responseCode = "200", description = "The sheet (PDF)",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<Response> planOnPaper(@Parameter(description = "The municipality whose plan to print") @QueryParam("municipalityId") String municipalityId,
                                     @Parameter(description = "nb, sv, da or en") @QueryParam("lang") String lang,
                                     @HeaderParam("Accept-Language") String acceptLanguage) {
        PaperLanguage language = PaperLanguage.choose(lang, acceptLanguage);
        return signedIn.of(token).flatMap(mine::plans).emitOn(Infrastructure.getDefaultWorkerPool()).map(plans -> plans.stream()
                        .filter(plan -> municipalityId == null || plan.municipalityId().equals(municipalityId)).findFirst()
                        .orElseThrow(() -> ProblemException.notFound("Plan in " + municipalityId)))
                .map(plan -> Paper.inline(PlanSheet.render(plan.plan(), language, clock.instant()), "plan", language));
    }

    @GET
    @Path("/meetings")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "listMyMeetings",
            summary = "My meetings", description = "The meetings the person takes part in (never an internal one), by time: the"
            + " agenda before, the minutes once the meeting is held.")
    @APIResponse(responseCode = "200", description = "The person's meetings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyPlanDtos.MyMeetings.class)))
    @APIResponse(responseCode = "404", description = "`not-registered`: no municipality has registered the person")
    public Uni<MyPlanDtos.MyMeetings> meetings() {
        return signedIn.of(token).flatMap(mine::meetings).map(MyPlanDtos.MyMeetings::of);
    }

    @POST
    @Path("/plan/goals/{goalId}/progress")
    @RolesAllowed(Roles.PARTICIPANT)
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "recordMyGoalProgress",
            summary = "Say how a goal is going", description = "The person's own rating (1–10), a few words, or both. 404 for a goal"
            + " that is not on their plan.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.ProgressResponse.class)))
    public Uni<RestResponse<PlanDtos.ProgressResponse>> progress(@PathParam("goalId") UUID goalId, @Valid @NotNull PlanDtos.ProgressInput input) {
        if (input.rating() == null && (input.note() == null || input.note().isBlank())) {
            throw ProblemException.invalidField("rating", "give a rating, a note or both", "required");
        }
        return signedIn.of(token).flatMap(registrations -> mine.recordProgress(caller.asPerson(), registrations, goalId, input.rating(),
                        input.note()))
                .map(PlanDtos.ProgressResponse::of)
                .map(note -> RestResponse.status(RestResponse.Status.CREATED, note));
    }

    @PUT
    @Path("/plan/actions/{actionId}/status")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "changeMyActionStatus",
            summary = "Mark my action in progress or done", description = "Only an action the person carries out themself (403"
            + " `plan-not-yours-to-change` for others' and for cancelling); planned → in-progress → done, 409 `illegal-status-change`"
            + " otherwise.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.ActionResponse.class)))
    public Uni<PlanDtos.ActionResponse> moveAction(@PathParam("actionId") UUID actionId, @Valid @NotNull PlanDtos.ActionStatusChange change) {
        return signedIn.of(token).flatMap(registrations -> mine.moveOwnAction(caller.asPerson(), registrations, actionId, change.status()))
                .map(PlanDtos.ActionResponse::of);
    }
}
