package dev.helhet.referrals.rest;

import dev.helhet.common.concurrency.EntityTags;
import dev.helhet.common.concurrency.VersionChecked;
import dev.helhet.common.input.Codes;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.referrals.domain.TransitionRule;
import dev.helhet.referrals.domain.TransitionRuleSetting;
import dev.helhet.referrals.domain.TransitionTask;
import dev.helhet.referrals.service.Transitions;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** Transitions with deadlines: a person's tasks, and the municipality's rules that make them (kept by its admin). */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Transitions", description = "A person's transition tasks with deadlines, and the municipality's rules that make them.")
public class TransitionResource {

    private final Transitions transitions;
    private final CallerContext caller;

    public TransitionResource(Transitions transitions, CallerContext caller) {
        this.transitions = transitions;
        this.caller = caller;
    }

    @Schema(name = "TransitionTask", description = "A transition a rule asks for: due by a date, then met by a referral or cancelled")
    record TaskResponse(
            @Schema(description = "Id of the task", required = true) UUID id,
            @Schema(description = "The rule that asks for it", required = true) TransitionRule rule,
            @Schema(description = "By when (a working day of the municipality's country)", required = true) LocalDate dueDate,
            @Schema(description = "due, met or cancelled", required = true, enumeration = {"due", "met", "cancelled"}) String status,
            @Schema(description = "Still due after its date", required = true) boolean late,
            @Schema(description = "The referral that met it") UUID metByReferralId) {

        static TaskResponse of(Transitions.TaskView view) {
            TransitionTask task = view.task();
            return new TaskResponse(task.id, task.rule, task.dueDate, task.status.name().toLowerCase(Locale.ROOT), view.late(), task.metByReferralId);
        }
    }

    @Schema(name = "TransitionRuleSetting", description = "How the municipality applies a transition rule")
    record RuleResponse(
            @Schema(description = "The rule", required = true) TransitionRule rule,
            @Schema(description = "The programme whose planned end it watches", required = true, example = "introduction-programme") String programme,
            @Schema(description = "How the lead is counted", required = true, enumeration = {"months", "working-days"}) String leadIn,
            @Schema(description = "How long before the planned end the task is due", required = true, example = "6") int lead,
            @Schema(description = "Whether the municipality applies it", required = true) boolean enabled,
            @Schema(description = "The version (-1 while the defaults apply)", required = true) long version) {

        static RuleResponse of(TransitionRuleSetting setting) {
            return new RuleResponse(setting.rule, setting.rule.programme(),
                    setting.rule.lead() == TransitionRule.Lead.MONTHS ? "months" : "working-days", setting.lead, setting.enabled, setting.version);
        }
    }

    @Schema(name = "TransitionRuleInput")
    record RuleInput(
            @NotNull @Schema(description = "Whether the municipality applies it", required = true) Boolean enabled,
            @NotNull @Min(0) @Max(60) @Schema(description = "Months or working days before the planned end, as the rule counts",
                    required = true, example = "6") Integer lead,
            @NotNull @Schema(description = "The version read (-1 while the defaults apply)", required = true, example = "-1") Long version) {
    }

    @GET
    @Path("/transitions")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(operationId = "listParticipantTransitionTasks",
            summary = "A person's transition tasks", description = "Due ones first; `late` when still due after the date. 404 for a"
            + " person the caller may not see.")
    @APIResponse(responseCode = "200", description = "The tasks")
    public Uni<Page<TaskResponse>> ofPerson(@Parameter(description = "The person", required = true) @QueryParam("participantId") @NotNull UUID participantId, @Valid @BeanParam PageRequest paging) {
        return transitions.ofPerson(caller.inMunicipality(), participantId).map(found -> Page.of(found, paging).map(TaskResponse::of));
    }

    @GET
    @Path("/transition-rules")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "listTransitionRules",
            summary = "The municipality's transition rules", description = "Every rule the platform knows, as the municipality applies it.")
    @APIResponse(responseCode = "200", description = "The rules")
    public Uni<Page<RuleResponse>> rules(@Valid @BeanParam PageRequest paging) {
        return transitions.settings(caller.inMunicipality()).map(found -> Page.of(found, paging).map(RuleResponse::of));
    }

    @PUT
    @Path("/transition-rules/{rule}")
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @VersionChecked
    @Parameter(ref = EntityTags.IF_MATCH_PARAMETER)
    @Operation(operationId = "updateTransitionRule",
            summary = "Set how the municipality applies a rule", description = "On or off and the lead, with the version read (409"
            + " `stale-version` otherwise). Tasks made from then on follow it.")
    @APIResponse(responseCode = "200", description = "Set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleResponse.class)))
    public Uni<RuleResponse> change(@Parameter(description = "The rule", example = "nav-before-programme-end") @PathParam("rule") String code,
                                    @Valid @NotNull RuleInput input) {
        TransitionRule rule = Codes.parse(TransitionRule.class, code == null || code.isBlank() ? "?" : code, "rule");
        return transitions.change(caller.inMunicipality(), rule, input.version(), input.enabled(), input.lead()).map(RuleResponse::of);
    }
}
