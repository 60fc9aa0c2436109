package dev.helhet.referrals.rest;

import dev.helhet.careaccess.LifeArea;
import dev.helhet.common.concurrency.EntityTags;
import dev.helhet.common.concurrency.VersionChecked;
import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.input.Codes;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.referrals.domain.DirectorySearch;
import dev.helhet.referrals.domain.DirectoryService;
import dev.helhet.referrals.service.ServiceDirectory;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import java.util.List;
import java.util.UUID;

/** The directory of services people can be referred to: searched by every caseworker, kept by municipality admins. */
@Path("/api/v1/referrals/services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service directory", description = "The directory of services people can be referred to: searched by caseworkers, kept by"
        + " municipality admins.")
public class DirectoryServiceResource {

    private static final String PATH = "/api/v1/referrals/services/";

    private final ServiceDirectory directory;
    private final CallerContext caller;

    public DirectoryServiceResource(ServiceDirectory directory, CallerContext caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @Schema(name = "DirectoryServiceInput")
    record ServiceInput(
            @NotNull @Schema(description = "The provider: an organisation of the registry serving every municipality named", required = true)
            UUID organisationId,
            @NotBlank @Size(max = 200) @Schema(description = "Name of the service", required = true, example = "Språkpraksis med mentor") String name,
            @Size(max = 4000) @Schema(description = "What the service offers", example = "Ukentlig språkpraksis med en frivillig mentor")
            String description,
            @Size(max = 2000) @Schema(description = "Who it is for", example = "Voksne i introduksjonsprogrammet") String eligibility,
            @Size(max = 30) @Schema(description = "The languages it is given in (language codes)", example = "[\"nb\", \"so\", \"ar\"]")
            List<@NotBlank @Pattern(regexp = "[a-zA-Z]{2,3}(-[A-Za-z0-9]{2,8})*") String> languages,
            @Size(max = 9) @Schema(description = "The parts of life it helps with", example = "[\"language\", \"network\"]")
            List<@NotNull LifeArea> lifeAreas,
            @Min(0) @Max(3650) @Schema(description = "The usual wait before it starts, in days", example = "14") Integer waitingDays,
            @Size(max = 40) @Schema(description = "Phone for referrers", example = "+47 66 90 12 34") String phone,
            @Email @Size(max = 200) @Schema(description = "E-mail for referrers", example = "mentor@frivilligsentralen.no") String email,
            @Size(max = 500) @Schema(description = "When it can be reached or visited", example = "Man–fre 09–15") String openingHours,
            @NotEmpty @Size(max = 50) @Schema(description = "The municipalities it serves; the caller's own among them", required = true,
                    example = "[\"asker\", \"baerum\"]") List<@NotBlank String> servedMunicipalityIds,
            @Schema(description = "When changing an entry: the version read (required then)", example = "0") Long version) {

        DirectoryService.Details details() {
            return new DirectoryService.Details(organisationId, name, description, eligibility, languages, lifeAreas, waitingDays, phone, email,
                    openingHours, servedMunicipalityIds);
        }
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "searchDirectoryServices",
            summary = "Search the directory", description = "The services serving the caller's municipality (or `municipality`, to"
            + " look ahead of a move), by name; `q` searches name, description and provider; `lifeArea` and `language` narrow it.")
    @APIResponse(responseCode = "200", description = "One page of the first 500 services found")
    public Uni<Page<DirectoryServiceResponse>> search(
            @Parameter(description = "Words in the name, description or provider", example = "språk") @QueryParam("q") @Size(max = 200) String q,
            @Parameter(description = "A part of life the service helps with", example = "language") @QueryParam("lifeArea") String lifeAreaCode,
            @Parameter(description = "A language it is given in", example = "so") @QueryParam("language") @Size(max = 20) String language,
            @Parameter(description = "Another municipality whose services to list", example = "harstad") @QueryParam("municipality")
            @Size(max = 100) String municipality, @Valid @BeanParam PageRequest paging) {
        LifeArea lifeArea = Codes.parse(LifeArea.class, lifeAreaCode, "lifeArea");
        String where = municipality == null || municipality.isBlank() ? caller.inMunicipality().municipalityId() : municipality.strip();
        return directory.search(new DirectorySearch(where, q == null || q.isBlank() ? null : q.strip(),
                        lifeArea == null ? null : lifeArea.code(), language == null || language.isBlank() ? null : language.strip().toLowerCase(java.util.Locale.ROOT)))
                .map(found -> Page.of(found, paging).map(DirectoryServiceResponse::of));
    }

    @GET
    @Path("/{serviceId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD, Roles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "getDirectoryService",
            summary = "A directory entry", description = "One serving the caller's municipality or kept by it; 404 otherwise.")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectoryServiceResponse.class)))
    public Uni<DirectoryServiceResponse> get(@PathParam("serviceId") UUID serviceId) {
        return directory.get(caller.inMunicipality(), serviceId).map(DirectoryServiceResponse::of);
    }

    @POST
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "registerDirectoryService",
            summary = "Register a service in the directory", description = "By the municipality's admin, who keeps the entry. The"
            + " provider must be an organisation of the registry serving every municipality named (400 `unknown-organisation`,"
            + " `not-in-municipality` otherwise); the admin's own municipality is one of them.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectoryServiceResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<DirectoryServiceResponse>> register(@Valid @NotNull ServiceInput input) {
        return directory.register(caller.inMunicipality(), input.details()).map(DirectoryServiceResponse::of)
                .map(entry -> Created.at(PATH + entry.id(), entry));
    }

    @PUT
    @Path("/{serviceId}")
    @RolesAllowed(Roles.MUNICIPALITY_ADMIN)
    @VersionChecked
    @Parameter(ref = EntityTags.IF_MATCH_PARAMETER)
    @Operation(operationId = "updateDirectoryService",
            summary = "Change a directory entry", description = "By an admin of the municipality that keeps it (403 `service-not-owned`"
            + " for another's), with the version read (409 `stale-version` when it changed meanwhile).")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DirectoryServiceResponse.class)))
    public Uni<DirectoryServiceResponse> change(@PathParam("serviceId") UUID serviceId, @Valid @NotNull ServiceInput input) {
        if (input.version() == null) {
            throw ProblemException.invalidField("version", "send the version you read", "required");
        }
        return directory.change(caller.inMunicipality(), serviceId, input.version(), input.details()).map(DirectoryServiceResponse::of);
    }
}
