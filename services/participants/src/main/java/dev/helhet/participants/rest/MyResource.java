package dev.helhet.participants.rest;

import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.participants.service.ConsentMetrics;
import dev.helhet.participants.service.PersonService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
 * The person's own view, signed in as themself (role participant): every record held on them, with
 * programmes, network and consents; they grant and revoke consent themself. They can read no one else.
 */
@Path("/api/v1/participants/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "My data", description = "For the person themself")
public class MyResource {

    private final PersonService person;
    private final ConsentMetrics consentMetrics;
    private final CallerContext caller;
    private final String nationalIdClaim;
    private final Clock clock;

    public MyResource(PersonService person, ConsentMetrics consentMetrics, CallerContext caller,
                      @ConfigProperty(name = "helhet.person-login.national-id-claim") String nationalIdClaim, Clock clock) {
        this.person = person;
        this.consentMetrics = consentMetrics;
        this.caller = caller;
        this.nationalIdClaim = nationalIdClaim;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(ApiRoles.PARTICIPANT)
    @Operation(operationId = "getMyRecords",
            summary = "My data", description = "What Helhet holds on me, in every municipality that has registered me: one"
            + " record each (active first) with details, programmes, network, consents and how my identity number came to be.")
    @APIResponse(responseCode = "200", description = "My records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyRecordsResponse.class)))
    @APIResponse(responseCode = "404", description = "`not-registered`: no record has my number; `removedFrom` names municipalities"
            + " that took it off a record")
    public Uni<MyRecordsResponse> overview() {
        return person.overview(caller.asPerson(), provenNationalId()).map(overview -> MyRecordsResponse.of(overview, clock.instant()));
    }

    @GET
    @Path("/access-log")
    @RolesAllowed(ApiRoles.PARTICIPANT)
    @Operation(operationId = "listMyAccessLog",
            summary = "Who has read or changed my data", description = "Every access by every service to any of my records,"
            + " newest first: who (a pseudonymous id and their roles), which service and municipality, what, why, and whether it"
            + " was allowed — refused attempts included.")
    @APIResponse(responseCode = "200", description = "My access log")
    public Uni<Page<AccessLogEntryResponse>> accessLog(@Valid @BeanParam PageRequest paging) {
        return person.accessLog(provenNationalId(), paging).map(entries -> entries.map(AccessLogEntryResponse::of));
    }

    @GET
    @Path("/export")
    @RolesAllowed(ApiRoles.PARTICIPANT)
    @Operation(operationId = "exportMyRecords",
            summary = "Download everything held on me", description = "One JSON document with every record held on me,"
            + " including my full identity number and who has accessed my data. The download is logged.")
    @APIResponse(responseCode = "200", description = "My records, complete",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyRecordsResponse.class)))
    public Uni<MyRecordsResponse> export() {
        return person.export(caller.asPerson(), provenNationalId()).map(records -> MyRecordsResponse.of(records, clock.instant()));
    }

    @POST
    @Path("/consents")
    @RolesAllowed(ApiRoles.PARTICIPANT)
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "giveMyConsent",
            summary = "Give consent", description = "Recorded as given digitally by me, on my record in one municipality:"
            + " the one `record` names, or my only active one. Publishes ConsentGranted.")
    @APIResponse(responseCode = "201", description = "Given; the body is the consent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`validation`: `record` is required when I am registered in several municipalities")
    public Uni<RestResponse<ConsentResponse>> grant(
            @Parameter(description = "The record (participant id) the consent is for; needed only when several municipalities hold one")
            @QueryParam("record") UUID record,
            @Valid @NotNull ConsentRequests.Grant request) {
        return person.grant(caller.asPerson(), provenNationalId(), record, ConsentMapping.grant(request))
                .map(result -> {
                    UUID given = result.consents().getFirst().id;
                    return Created.at("/api/v1/participants/me/consents/" + given, ConsentMapping.one(result, given, clock.instant()));
                });
    }

    @POST
    @Path("/consents/{consentId}/revoke")
    @RolesAllowed(ApiRoles.PARTICIPANT)
    @Operation(operationId = "revokeMyConsent",
            summary = "Withdraw consent", description = "Takes effect at once. Publishes ConsentRevoked.")
    @APIResponse(responseCode = "200", description = "Withdrawn; the body is the consent, now revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentResponse.class)))
    @APIResponse(responseCode = "409", description = "`consent-not-active`")
    public Uni<ConsentResponse> revoke(@PathParam("consentId") UUID consentId, @Valid @NotNull ConsentRequests.Revoke request) {
        return person.revoke(caller.asPerson(), provenNationalId(), consentId, request.reason())
                .invoke(consentMetrics::revokedByThePerson)
                .map(result -> ConsentMapping.one(result, consentId, clock.instant()));
    }

    private String provenNationalId() {
        return caller.claim(nationalIdClaim);
    }
}
