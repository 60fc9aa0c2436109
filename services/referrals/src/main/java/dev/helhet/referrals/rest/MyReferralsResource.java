package dev.helhet.referrals.rest;

import dev.helhet.careaccess.client.SignedInPerson;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.referrals.domain.FailureReason;
import dev.helhet.referrals.domain.Referral;
import dev.helhet.referrals.domain.ReferralOutcome;
import dev.helhet.referrals.domain.ReferralStatus;
import dev.helhet.referrals.domain.ReferralStep;
import dev.helhet.referrals.domain.RejectionReason;
import dev.helhet.referrals.service.MyReferrals;
import dev.helhet.referrals.service.ReferralService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The person signed in as themself: where she has been referred, and what happened, in every municipality that registered her. */
@Path("/api/v1/referrals/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My referrals", description = "What the person sees of their referrals")
public class MyReferralsResource {

    private final SignedInPerson signedIn;
    private final MyReferrals mine;
    private final JsonWebToken token;

    public MyReferralsResource(SignedInPerson signedIn, MyReferrals mine, JsonWebToken token) {
        this.signedIn = signedIn;
        this.mine = mine;
        this.token = token;
    }

    @Schema(name = "MyReferralStep", description = "One step of a referral of the person")
    record Step(@Schema(description = "The step", required = true) ReferralStep step,
                @Schema(description = "When", required = true) Instant at) {
    }

    @Schema(name = "MyReferral", description = "A referral of the person, as she sees it")
    record MyReferralResponse(
            @Schema(description = "Id of the referral", required = true) UUID id,
            @Schema(description = "The municipality that referred her", required = true) String municipalityId,
            @Schema(description = "The service she was referred to", required = true) String service,
            @Schema(description = "Who gives the service", required = true) String organisation,
            @Schema(description = "Who referred her", required = true) String referredBy,
            @Schema(description = "Why, in the sender's words", required = true) String reason,
            @Schema(description = "Where it stands", required = true) ReferralStatus status,
            @Schema(description = "When it was sent", required = true) Instant requestedAt,
            @Schema(description = "What came of it") ReferralOutcome outcome,
            @Schema(description = "Why the service said no") RejectionReason rejectionReason,
            @Schema(description = "Why the service could not be given") FailureReason failureReason,
            @Schema(description = "What the service or the sender wrote when it closed") String closingNote,
            @Schema(maxItems = ReferralService.MOST_STEPS, description = "Every step so far, oldest first", required = true) List<Step> steps) {

        static MyReferralResponse of(MyReferrals.MyReferral mine) {
            Referral referral = mine.referral();
            return new MyReferralResponse(referral.id, referral.municipalityId, referral.serviceName,
                    mine.organisationNames().getOrDefault(referral.receivingOrganisationId, ""),
                    mine.organisationNames().getOrDefault(referral.sendingOrganisationId, ""), referral.reason, referral.status,
                    referral.requestedAt, referral.outcome, referral.rejectionReason, referral.failureReason, referral.closingNote,
                    mine.timeline().stream().filter(entry -> entry.step != ReferralStep.CREATE).map(entry -> new Step(entry.step, entry.at)).toList());
        }
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "listMyReferrals",
            summary = "My referrals", description = "Every referral sent about the person (not a draft), newest first, in every"
            + " municipality that registered her (the participants service says which).")
    @APIResponse(responseCode = "200", description = "The person's referrals")
    @APIResponse(responseCode = "404", description = "`not-registered`: no municipality has registered the person")
    @APIResponse(responseCode = "503", description = "`unavailable`: the participants service did not answer")
    public Uni<Page<MyReferralResponse>> mine(@Valid @BeanParam PageRequest paging) {
        return signedIn.of(token).flatMap(mine::of).map(found -> Page.of(found, paging).map(MyReferralResponse::of));
    }
}
