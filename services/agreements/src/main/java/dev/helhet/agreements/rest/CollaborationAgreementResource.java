package dev.helhet.agreements.rest;

import dev.helhet.agreements.domain.CollaborationAgreement;
import dev.helhet.agreements.service.CollaborationAgreementService;
import dev.helhet.common.concurrency.EntityTags;
import dev.helhet.common.concurrency.VersionChecked;
import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Collaboration agreements between services in the caller's municipality: read by everyone there, kept by its admins. */
@Path("/api/v1/agreements/collaboration-agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Collaboration agreements", description = "Agreements between the services of a municipality on how they work together: read by"
        + " its staff, kept by its admin.")
public class CollaborationAgreementResource {

    private static final String PATH = "/api/v1/agreements/collaboration-agreements/";

    private final CollaborationAgreementService agreements;
    private final CallerContext caller;

    public CollaborationAgreementResource(CollaborationAgreementService agreements, CallerContext caller) {
        this.agreements = agreements;
        this.caller = caller;
    }

    @Schema(name = "CollaborationPartyInput")
    record PartyInput(
            @NotNull @Schema(description = "An organisation serving the municipality", required = true) UUID organisationId,
            @Schema(description = "Its contact person for the agreement (a professional)") UUID contactProfessionalId) {
    }

    @Schema(name = "CollaborationAgreementInput")
    record AgreementInput(
            @NotBlank @Size(max = 300) @Schema(description = "What the agreement governs", required = true,
                    example = "Introduction programme: NAV and refugee service") String title,
            @Size(max = 4000) @Schema(description = "Why the services work together", example = "A steady transition to work") String purpose,
            @NotNull @Valid @Size(min = 2, max = 20) @Schema(description = "The parties: two or more organisations", required = true)
            List<@NotNull PartyInput> parties,
            @Size(max = 50) @Schema(description = "The routines agreed, in order",
                    example = "[\"NAV takes part in the transition meeting six months before the programme ends\"]")
            List<@NotBlank @Size(max = 1000) String> routines,
            @NotNull @Schema(description = "First day it applies", required = true, example = "2026-01-01") LocalDate validFrom,
            @Schema(description = "Last day it applies; open-ended when absent", example = "2028-12-31") LocalDate validTo,
            @Schema(description = "When the parties review it", example = "2027-06-01") LocalDate reviewDate,
            @Schema(description = "The version read, when changing an agreement (required then)", example = "0") Long version) {

        CollaborationAgreement.Terms terms() {
            if (validTo != null && validTo.isBefore(validFrom)) {
                throw ProblemException.invalidField("validTo", "must not be before validFrom", "before-start");
            }
            return new CollaborationAgreement.Terms(title, purpose, routines, validFrom, validTo, reviewDate);
        }

        List<CollaborationAgreementService.Party> partyList() {
            return parties.stream().map(party -> new CollaborationAgreementService.Party(party.organisationId(), party.contactProfessionalId()))
                    .toList();
        }
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "listCollaborationAgreements",
            summary = "Collaboration agreements between services in the caller's municipality", description = "By title;"
            + " `reviewDue=true` for those whose review date has come (the admin's start page).")
    @APIResponse(responseCode = "200", description = "The agreements")
    public Uni<Page<CollaborationAgreementResponse>> list(
            @Parameter(description = "Only agreements whose review date has come") @QueryParam("reviewDue") boolean reviewDue, @Valid @BeanParam PageRequest paging) {
        return agreements.list(caller.inMunicipality(), reviewDue)
                .map(found -> Page.of(found, paging).map(CollaborationAgreementResponse::of));
    }

    @GET
    @Path("/{agreementId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "getCollaborationAgreement",
            summary = "A collaboration agreement", description = "404 for one of another municipality.")
    @APIResponse(responseCode = "200", description = "The agreement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollaborationAgreementResponse.class)))
    public Uni<CollaborationAgreementResponse> get(@PathParam("agreementId") UUID agreementId) {
        return agreements.get(caller.inMunicipality(), agreementId).map(CollaborationAgreementResponse::of);
    }

    @POST
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "createCollaborationAgreement",
            summary = "Record a collaboration agreement", description = "By the municipality's admin. Each party must be an"
            + " organisation serving the municipality (400 `not-in-municipality` naming the party otherwise).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollaborationAgreementResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<CollaborationAgreementResponse>> make(@Valid @NotNull AgreementInput input) {
        return agreements.make(caller.inMunicipality(), input.terms(), input.partyList()).map(CollaborationAgreementResponse::of)
                .map(agreement -> Created.at(PATH + agreement.id(), agreement));
    }

    @PUT
    @Path("/{agreementId}")
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @VersionChecked
    @Parameter(ref = EntityTags.IF_MATCH_PARAMETER)
    @Operation(operationId = "updateCollaborationAgreement",
            summary = "Revise a collaboration agreement", description = "With the version read (409 `stale-version` when someone"
            + " changed it meanwhile). A new review date takes it off the review list.")
    @APIResponse(responseCode = "200", description = "Revised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CollaborationAgreementResponse.class)))
    public Uni<CollaborationAgreementResponse> revise(@PathParam("agreementId") UUID agreementId, @Valid @NotNull AgreementInput input) {
        if (input.version() == null) {
            throw ProblemException.invalidField("version", "send the version you read", "required");
        }
        return agreements.revise(caller.inMunicipality(), agreementId, input.version(), input.terms(), input.partyList())
                .map(CollaborationAgreementResponse::of);
    }
}
