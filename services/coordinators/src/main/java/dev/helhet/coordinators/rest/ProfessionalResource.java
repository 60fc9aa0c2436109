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
import dev.helhet.coordinators.service.ProfessionalService;
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

/** Professionals of the caller's municipality. */
@Path("/api/v1/coordinators/professionals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Professionals", description = "Who works where, their languages, absences and deputies")
public class ProfessionalResource {

    private final ProfessionalService professionals;
    private final CallerContext caller;

    public ProfessionalResource(ProfessionalService professionals, CallerContext caller) {
        this.professionals = professionals;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "listProfessionals", summary = "Professionals of the municipality")
    @APIResponse(responseCode = "200", description = "By name")
    public Uni<Page<ProfessionalDtos.View>> list(@Valid @BeanParam PageRequest paging) {
        return professionals.list(caller.inMunicipality()).map(listing -> Page.of(ProfessionalDtos.View.of(listing), paging));
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "getMyProfessionalRecord",
            summary = "Me as a professional", description = "403 `not-a-professional` until an admin has registered you.")
    @APIResponse(responseCode = "200", description = "My record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfessionalDtos.View.class)))
    public Uni<ProfessionalDtos.View> me() {
        return professionals.me(caller.inMunicipality()).map(listing -> ProfessionalDtos.View.of(listing).getFirst());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "getProfessional", summary = "One professional")
    @APIResponse(responseCode = "200", description = "The professional",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfessionalDtos.View.class)))
    public Uni<ProfessionalDtos.View> get(@PathParam("id") UUID id) {
        return professionals.get(caller.inMunicipality(), id).map(listing -> ProfessionalDtos.View.of(listing).getFirst());
    }

    @POST
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "registerProfessional",
            summary = "Register a professional", description = "Links one of the municipality's own Keycloak users (by subject id;"
            + " a member of the municipality's organization) to a profession and organisations. Another municipality's user, or"
            + " no user at all, answers 400 `subject` with code `not-in-municipality` — the same answer for both.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfessionalDtos.View.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "`already-registered`; `existingProfessionalId` when the registration is this"
            + " municipality's own")
    @APIResponse(responseCode = "503", description = "`identity-provider-unavailable`: Keycloak did not say whose user it is")
    public Uni<RestResponse<ProfessionalDtos.View>> create(@Valid @NotNull ProfessionalDtos.Input input) {
        return professionals.create(caller.inMunicipality(), input.details()).map(listing -> {
            ProfessionalDtos.View view = ProfessionalDtos.View.of(listing).getFirst();
            return Created.at("/api/v1/coordinators/professionals/" + view.id(), view);
        });
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @VersionChecked
    @Parameter(ref = EntityTags.IF_MATCH_PARAMETER)
    @Operation(operationId = "updateProfessional", summary = "Change a professional")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfessionalDtos.View.class)))
    @APIResponse(responseCode = "409", description = "`stale-version`")
    public Uni<ProfessionalDtos.View> update(@PathParam("id") UUID id, @Valid @NotNull ProfessionalDtos.Input input) {
        if (input.version() == null) {
            throw ProblemException.invalidField("version", "send the version you read", "required");
        }
        return professionals.update(caller.inMunicipality(), id, input.version(), input.details())
                .map(listing -> ProfessionalDtos.View.of(listing).getFirst());
    }

    @POST
    @Path("/{id}/absences")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "recordAbsence",
            summary = "Record an absence and its deputy", description = "By the professional themself, a team lead or the admin."
            + " While away, the deputy sees the professional's caseload and their people.")
    @APIResponse(responseCode = "200", description = "The professional with the absence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfessionalDtos.View.class)))
    public Uni<ProfessionalDtos.View> addAbsence(@PathParam("id") UUID id, @Valid @NotNull ProfessionalDtos.AbsenceInput input) {
        return professionals.addAbsence(caller.inMunicipality(), id, input.from(), input.to(), input.deputyId(), input.note())
                .map(listing -> ProfessionalDtos.View.of(listing).getFirst());
    }

    @jakarta.ws.rs.DELETE
    @Path("/{id}/absences/{absenceId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "cancelAbsence",
            summary = "Cancel an absence", description = "By the professional themself, a team lead or the admin; the deputy"
            + " stops seeing the caseload at once.")
    @APIResponse(responseCode = "200", description = "The professional without the absence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProfessionalDtos.View.class)))
    public Uni<ProfessionalDtos.View> cancelAbsence(@PathParam("id") UUID id, @PathParam("absenceId") UUID absenceId) {
        return professionals.cancelAbsence(caller.inMunicipality(), id, absenceId).map(listing -> ProfessionalDtos.View.of(listing).getFirst());
    }
}
