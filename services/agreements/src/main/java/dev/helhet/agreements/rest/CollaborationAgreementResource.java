package dev.helhet.agreements.rest;

import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.agreements.repository.CollaborationAgreementRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Collaboration agreements between services in the caller's municipality. */
@Path("/api/v1/agreements/collaboration-agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collaboration agreements")
@SecurityRequirement(name = "bearer")
public class CollaborationAgreementResource {

    private final CollaborationAgreementRepository rows;
    private final CallerContext caller;

    public CollaborationAgreementResource(CollaborationAgreementRepository rows, CallerContext caller) {
        this.rows = rows;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @WithSession
    @Operation(summary = "Collaboration agreements between services in the caller's municipality")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CollaborationAgreementResponse.class)))
    public Uni<List<CollaborationAgreementResponse>> list() {
        return rows.listInMunicipality(caller.municipalityId())
                .map(found -> found.stream().map(CollaborationAgreementResponse::of).toList());
    }
}
