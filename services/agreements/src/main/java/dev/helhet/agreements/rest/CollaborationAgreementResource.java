package dev.helhet.agreements.rest;

import dev.helhet.agreements.service.CollaborationAgreementService;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Collaboration agreements between services in the caller's municipality. */
@Path("/api/v1/agreements/collaboration-agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collaboration agreements")
public class CollaborationAgreementResource {

    private final CollaborationAgreementService agreements;
    private final CallerContext caller;

    public CollaborationAgreementResource(CollaborationAgreementService agreements, CallerContext caller) {
        this.agreements = agreements;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(summary = "Collaboration agreements between services in the caller's municipality")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollaborationAgreementResponse.class)))
    public Uni<List<CollaborationAgreementResponse>> list() {
        return agreements.list(caller.inMunicipality())
                .map(found -> found.stream().map(CollaborationAgreementResponse::of).toList());
    }
}
