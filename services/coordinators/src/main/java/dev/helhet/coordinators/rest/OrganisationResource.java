package dev.helhet.coordinators.rest;

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
import dev.helhet.coordinators.service.OrganisationService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import java.util.UUID;

/** The registry of services in the caller's municipality: anyone signed in reads it, admins maintain it. */
@Path("/api/v1/coordinators/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The services that work together, per municipality")
public class OrganisationResource {

    private final OrganisationService organisations;
    private final CallerContext caller;

    public OrganisationResource(OrganisationService organisations, CallerContext caller) {
        this.organisations = organisations;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN, Roles.ANALYST, Roles.PARTNER})
    @Operation(operationId = "listOrganisations",
            summary = "Organisations serving the caller's municipality", description = "Not personal data: every member"
            + " of the municipality's staff and its partner systems may read it.")
    @APIResponse(responseCode = "200", description = "The organisations, by name")
    public Uni<Page<OrganisationDtos.View>> list(@Valid @BeanParam PageRequest paging) {
        return organisations.list(caller.inMunicipality()).map(listing -> Page.of(OrganisationDtos.View.of(listing), paging));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN, Roles.ANALYST, Roles.PARTNER})
    @Operation(operationId = "getOrganisation", summary = "One organisation")
    @APIResponse(responseCode = "200", description = "The organisation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationDtos.View.class)))
    public Uni<OrganisationDtos.View> get(@PathParam("id") UUID id) {
        return organisations.get(caller.inMunicipality(), id).map(listing -> OrganisationDtos.View.of(listing).getFirst());
    }

    @POST
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "registerOrganisation",
            summary = "Register an organisation", description = "It serves the admin's municipality and any others named."
            + " Publishes OrganisationRegistered.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationDtos.View.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<OrganisationDtos.View>> register(@Valid @NotNull OrganisationDtos.Input input) {
        return organisations.register(caller.inMunicipality(), input.details()).map(listing -> {
            OrganisationDtos.View view = OrganisationDtos.View.of(listing).getFirst();
            return Created.at("/api/v1/coordinators/organisations/" + view.id(), view);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @VersionChecked
    @Parameter(ref = EntityTags.IF_MATCH_PARAMETER)
    @Operation(operationId = "updateOrganisation",
            summary = "Change an organisation", description = "Only the municipality that registered it maintains it"
            + " (403 `organisation-not-owned`). Publishes OrganisationUpdated.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationDtos.View.class)))
    @APIResponse(responseCode = "409", description = "`stale-version`")
    public Uni<OrganisationDtos.View> update(@PathParam("id") UUID id, @Valid @NotNull OrganisationDtos.Input input) {
        if (input.version() == null) {
            throw ProblemException.invalidField("version", "send the version you read", "required");
        }
        return organisations.update(caller.inMunicipality(), id, input.version(), input.details())
                .map(listing -> OrganisationDtos.View.of(listing).getFirst());
    }
}
