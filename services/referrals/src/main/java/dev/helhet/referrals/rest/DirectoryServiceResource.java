package dev.helhet.referrals.rest;

import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.referrals.service.ServiceDirectory;
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

/** Services people can be referred to in the caller's municipality. */
@Path("/api/v1/referrals/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service directory")
public class DirectoryServiceResource {

    private final ServiceDirectory directory;
    private final CallerContext caller;

    public DirectoryServiceResource(ServiceDirectory directory, CallerContext caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(summary = "Services people can be referred to in the caller's municipality")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DirectoryServiceResponse.class)))
    public Uni<List<DirectoryServiceResponse>> list() {
        return directory.list(caller.inMunicipality())
                .map(found -> found.stream().map(DirectoryServiceResponse::of).toList());
    }
}
