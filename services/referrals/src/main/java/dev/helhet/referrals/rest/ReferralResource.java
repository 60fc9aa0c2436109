package dev.helhet.referrals.rest;

import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.referrals.domain.ReferralStep;
import dev.helhet.referrals.domain.StepDetails;
import dev.helhet.referrals.rest.ReferralDtos.ReferralInput;
import dev.helhet.referrals.rest.ReferralDtos.ReferralResponse;
import dev.helhet.referrals.rest.ReferralDtos.StepInput;
import dev.helhet.referrals.service.ReferralLists;
import dev.helhet.referrals.service.ReferralService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Locale;
import java.util.UUID;

/**
 * Referrals tracked until the receiving service has acted: written and sent by whoever keeps the person's case, answered,
 * carried out and reported back on by the receiving service, one sub-resource per step. Every step takes the same optional
 * body (words for the other side; a reason or outcome where the step needs one), so that every step is a POST with a body.
 */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referrals of a person to a service, tracked step by step until the receiving service has acted and"
        + " reported back.")
@RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
public class ReferralResource {

    private static final String PATH = "/api/v1/referrals/";

    private final ReferralService referrals;
    private final ReferralLists lists;
    private final CallerContext caller;

    public ReferralResource(ReferralService referrals, ReferralLists lists, CallerContext caller) {
        this.referrals = referrals;
        this.lists = lists;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "createReferral",
            summary = "Refer a person to a service", description = "A draft, or sent at once (`send: true`). The sender must see the person"
            + " and every category shared (400 `not-yours-to-share`); sending needs the person's consent in effect naming the receiving"
            + " organisation for every category shared (409 `consent-required`, with `missingCategories`), unless it is the organisation"
            + " of the person's coordinator.")
    @APIResponse(responseCode = "201", description = "Written (and sent, when asked)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<ReferralResponse>> refer(@Valid @NotNull ReferralInput input) {
        var who = caller.inMunicipality();
        return referrals.create(who, input.toNew()).map(view -> ReferralResponse.of(view, who.subject()))
                .map(referral -> Created.at(PATH + referral.id(), referral));
    }

    @GET
    @Operation(operationId = "listParticipantReferrals",
            summary = "A person's referrals", description = "Those whose every shared category the caller may see; 404 for a person the"
            + " caller may not see. No handover and no timeline: read one referral for those.")
    @APIResponse(responseCode = "200", description = "Newest first")
    public Uni<Page<ReferralResponse>> ofPerson(@Parameter(description = "The person", required = true) @QueryParam("participantId") @NotNull UUID participantId, @Valid @BeanParam PageRequest paging) {
        var who = caller.inMunicipality();
        return lists.ofPerson(who, participantId).map(found -> Page.of(found, paging).map(view -> ReferralResponse.of(view, who.subject())));
    }

    @GET
    @Path("/inbox")
    @Operation(operationId = "listReferralInbox",
            summary = "Referrals to my services", description = "Sent to an organisation the caller works for (`scope=organisation`, the"
            + " default) or accepted by the caller (`scope=mine`); open ones unless `closed=true`. Flags: `no-answer` past the working days"
            + " the municipality allows, `waiting-longer-than-stated` than the directory says.")
    @APIResponse(responseCode = "200", description = "One page of the newest 500, newest first")
    public Uni<Page<ReferralResponse>> inbox(
            @Parameter(description = "organisation or mine", example = "organisation") @QueryParam("scope") @Size(max = 20) String scope,
            @Parameter(description = "Closed ones too") @QueryParam("closed") boolean closed, @Valid @BeanParam PageRequest paging) {
        var who = caller.inMunicipality();
        return lists.inbox(who, scopeOf(scope, ReferralLists.Scope.ORGANISATION), closed, paging)
                .map(found -> found.map(view -> ReferralResponse.of(view, who.subject())));
    }

    @GET
    @Path("/outbox")
    @Operation(operationId = "listReferralOutbox",
            summary = "Referrals I sent", description = "Sent by the caller (`scope=mine`, the default) or by their organisations"
            + " (`scope=organisation`), of people the caller may still see; open ones unless `closed=true`; with the outcome reported back.")
    @APIResponse(responseCode = "200", description = "One page of the newest 500, newest first")
    public Uni<Page<ReferralResponse>> outbox(
            @Parameter(description = "mine or organisation", example = "mine") @QueryParam("scope") @Size(max = 20) String scope,
            @Parameter(description = "Closed ones too") @QueryParam("closed") boolean closed, @Valid @BeanParam PageRequest paging) {
        var who = caller.inMunicipality();
        return lists.outbox(who, scopeOf(scope, ReferralLists.Scope.MINE), closed, paging)
                .map(found -> found.map(view -> ReferralResponse.of(view, who.subject())));
    }

    @GET
    @Path("/{referralId}")
    @Operation(operationId = "getReferral",
            summary = "A referral", description = "With its timeline. The handover is shown to the sending side, and to the receiving"
            + " service only once it has accepted. 404 for anyone on neither side.")
    @APIResponse(responseCode = "200", description = "The referral",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    public Uni<ReferralResponse> get(@PathParam("referralId") UUID referralId) {
        var who = caller.inMunicipality();
        return referrals.get(who, referralId).map(view -> ReferralResponse.of(view, who.subject()));
    }

    @POST
    @Path("/{referralId}/request")
    @Operation(operationId = "sendReferral",
            summary = "Send a draft", description = "By the sender or whoever keeps the person's case; needs the consent (409"
            + " `consent-required`).")
    @APIResponse(responseCode = "200", description = "Sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "409", description = "`step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken " + ReferralService.MOST_STEPS + " steps")
    public Uni<ReferralResponse> request(@PathParam("referralId") UUID referralId, @Valid StepInput input) {
        return step(referralId, ReferralStep.REQUEST, input);
    }

    @POST
    @Path("/{referralId}/accept")
    @Operation(operationId = "acceptReferral",
            summary = "Accept a referral", description = "By a professional of the receiving organisation, who joins the person's team"
            + " (through coordinators) and now sees the handover.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "409", description = "`step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken " + ReferralService.MOST_STEPS + " steps")
    public Uni<ReferralResponse> accept(@PathParam("referralId") UUID referralId, @Valid StepInput input) {
        return step(referralId, ReferralStep.ACCEPT, input);
    }

    @POST
    @Path("/{referralId}/reject")
    @Operation(operationId = "rejectReferral",
            summary = "Reject a referral", description = "By the receiving service, with a `reason` (400 without one; `other` needs a"
            + " `note`).")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "409", description = "`step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken " + ReferralService.MOST_STEPS + " steps")
    public Uni<ReferralResponse> reject(@PathParam("referralId") UUID referralId, @Valid StepInput input) {
        return step(referralId, ReferralStep.REJECT, input);
    }

    @POST
    @Path("/{referralId}/start")
    @Operation(operationId = "startReferral",
            summary = "Start delivering the service", description = "By the receiving service, after accepting.")
    @APIResponse(responseCode = "200", description = "In progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "409", description = "`step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken " + ReferralService.MOST_STEPS + " steps")
    public Uni<ReferralResponse> start(@PathParam("referralId") UUID referralId, @Valid StepInput input) {
        return step(referralId, ReferralStep.START, input);
    }

    @POST
    @Path("/{referralId}/hold")
    @Operation(operationId = "holdReferral",
            summary = "Put an accepted referral on hold", description = "By the receiving service (a waiting list, the person away).")
    @APIResponse(responseCode = "200", description = "On hold",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "409", description = "`step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken " + ReferralService.MOST_STEPS + " steps")
    public Uni<ReferralResponse> hold(@PathParam("referralId") UUID referralId, @Valid StepInput input) {
        return step(referralId, ReferralStep.HOLD, input);
    }

    @POST
    @Path("/{referralId}/resume")
    @Operation(operationId = "resumeReferral",
            summary = "Resume a referral on hold", description = "Back to where it was held from (accepted or in progress).")
    @APIResponse(responseCode = "200", description = "Resumed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "409", description = "`step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken " + ReferralService.MOST_STEPS + " steps")
    public Uni<ReferralResponse> resume(@PathParam("referralId") UUID referralId, @Valid StepInput input) {
        return step(referralId, ReferralStep.RESUME, input);
    }

    @POST
    @Path("/{referralId}/complete")
    @Operation(operationId = "completeReferral",
            summary = "Report the service delivered", description = "By the receiving service, with an `outcome` reported back to the"
            + " sender.")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "409", description = "`step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken " + ReferralService.MOST_STEPS + " steps")
    public Uni<ReferralResponse> complete(@PathParam("referralId") UUID referralId, @Valid StepInput input) {
        return step(referralId, ReferralStep.COMPLETE, input);
    }

    @POST
    @Path("/{referralId}/fail")
    @Operation(operationId = "failReferral",
            summary = "Report the service could not be delivered", description = "By the receiving service, with a `reason` reported"
            + " back to the sender.")
    @APIResponse(responseCode = "200", description = "Failed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "409", description = "`step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken " + ReferralService.MOST_STEPS + " steps")
    public Uni<ReferralResponse> fail(@PathParam("referralId") UUID referralId, @Valid StepInput input) {
        return step(referralId, ReferralStep.FAIL, input);
    }

    @POST
    @Path("/{referralId}/cancel")
    @Operation(operationId = "cancelReferral",
            summary = "Withdraw a referral", description = "By the sending side, before it is completed.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "409", description = "`step-not-allowed`: not from the referral's status (`allowedSteps` says what can be done); `consent-required` (sending or accepting without the person's consent); `limit-reached`: the referral has taken " + ReferralService.MOST_STEPS + " steps")
    public Uni<ReferralResponse> cancel(@PathParam("referralId") UUID referralId, @Valid StepInput input) {
        return step(referralId, ReferralStep.CANCEL, input);
    }

    private Uni<ReferralResponse> step(UUID referralId, ReferralStep step, StepInput input) {
        var who = caller.inMunicipality();
        StepDetails details = input == null ? StepDetails.NONE : input.details();
        return referrals.step(who, referralId, step, details).map(view -> ReferralResponse.of(view, who.subject()));
    }

    private static ReferralLists.Scope scopeOf(String code, ReferralLists.Scope otherwise) {
        if (code == null || code.isBlank()) {
            return otherwise;
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "mine" -> ReferralLists.Scope.MINE;
            case "organisation" -> ReferralLists.Scope.ORGANISATION;
            default -> throw dev.helhet.common.problem.ProblemException.invalidField("scope", "mine or organisation", "unknown-code");
        };
    }
}
