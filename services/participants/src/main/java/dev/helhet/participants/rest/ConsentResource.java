package dev.helhet.participants.rest;

import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.participants.service.ConsentMetrics;
import dev.helhet.participants.service.ConsentService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import java.time.Clock;
import java.util.UUID;

/**
 * Consents recorded by caseworkers on the person's word (signed form, verbal): by the person's coordinator,
 * the coordinator's deputy or a team lead — never by someone for their own organisation.
 */
@Path("/api/v1/participants/{participantId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Consents", description = "Consent to lift confidentiality between services")
public class ConsentResource {

    private final ConsentService consents;
    private final ConsentMetrics metrics;
    private final CallerContext caller;
    private final Clock clock;

    public ConsentResource(ConsentService consents, ConsentMetrics metrics, CallerContext caller, Clock clock) {
        this.consents = consents;
        this.metrics = metrics;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL})
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "recordConsent",
            summary = "Record a consent", description = "On the person's behalf, by their coordinator, the coordinator's"
            + " deputy or a team lead (or, until a coordinator is assigned, the coordinator who registered them). For a receiver"
            + " (one organisation serving the person's municipality, or the whole team), categories and a purpose, valid at most"
            + " three years. Publishes ConsentGranted on participants.consent.v1.")
    @APIResponse(responseCode = "201", description = "Recorded; the body is the consent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`validation`; `receiver.organisationId` with code `unknown-organisation` when it"
            + " names no organisation serving the person's municipality")
    @APIResponse(responseCode = "403", description = "`consent-not-yours-to-record` (a team member or partner), or `consent-self-grant`"
            + " (the receiver is the recorder's own organisation)")
    @APIResponse(responseCode = "409", description = "`participant-not-active`")
    public Uni<RestResponse<ConsentResponse>> grant(@PathParam("participantId") UUID participantId,
                                                          @Valid @NotNull ConsentRequests.Grant request) {
        return consents.grant(caller.inMunicipality(), participantId, ConsentMapping.grant(request))
                .map(result -> Created.at("/api/v1/participants/" + participantId + "/consents/" + newest(result).id,
                        ConsentMapping.one(result, newest(result).id, clock.instant())));
    }

    @GET
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL})
    @Operation(operationId = "listConsents",
            summary = "The person's consents", description = "All of them, newest first, each with its history;"
            + " status is computed, so a consent past valid-to shows as expired at once.")
    @APIResponse(responseCode = "200", description = "One page of the consents")
    public Uni<Page<ConsentResponse>> list(@PathParam("participantId") UUID participantId, @Valid @BeanParam PageRequest paging) {
        return consents.list(caller.inMunicipality(), participantId)
                .map(result -> Page.of(ConsentMapping.responses(result, clock.instant()), paging));
    }

    @POST
    @Path("/{consentId}/revoke")
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL})
    @Operation(operationId = "revokeConsent",
            summary = "Revoke a consent", description = "On the person's word, by the same people who may record one, with a"
            + " reason. Takes effect in this service at once and publishes ConsentRevoked.")
    @APIResponse(responseCode = "200", description = "Revoked; the body is the consent, now revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "403", description = "`consent-not-yours-to-record`")
    @APIResponse(responseCode = "409", description = "`consent-not-active`: already revoked or expired")
    public Uni<ConsentResponse> revoke(@PathParam("participantId") UUID participantId, @PathParam("consentId") UUID consentId,
                                             @Valid @NotNull ConsentRequests.Revoke request) {
        return consents.revoke(caller.inMunicipality(), participantId, consentId, request.reason())
                .invoke(metrics::revokedByStaff)
                .map(result -> ConsentMapping.one(result, consentId, clock.instant()));
    }

    private static dev.helhet.participants.domain.Consent newest(ConsentService.Consents result) {
        return result.consents().getFirst();
    }
}
