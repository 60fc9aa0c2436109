package dev.helhet.referrals.rest;

import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.referrals.repository.DirectoryServiceRepository;
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

/** Services people can be referred to in the caller's municipality. */
@Path("/api/v1/referrals/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service directory")
@SecurityRequirement(name = "bearer")
public class DirectoryServiceResource {

    private final DirectoryServiceRepository rows;
    private final CallerContext caller;

    public DirectoryServiceResource(DirectoryServiceRepository rows, CallerContext caller) {
        this.rows = rows;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @WithSession
    @Operation(summary = "Services people can be referred to in the caller's municipality")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DirectoryServiceResponse.class)))
    public Uni<List<DirectoryServiceResponse>> list() {
        return rows.listInMunicipality(caller.municipalityId())
                .map(found -> found.stream().map(DirectoryServiceResponse::of).toList());
    }
}
