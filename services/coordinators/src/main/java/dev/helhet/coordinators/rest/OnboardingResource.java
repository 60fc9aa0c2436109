package dev.helhet.coordinators.rest;

import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.coordinators.keycloak.MunicipalityOnboarding;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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


/** Onboarding of municipalities by the regional operator (role platform-admin). */
@Path("/api/v1/coordinators/admin/municipalities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Onboarding", description = "New municipalities on the platform")
public class OnboardingResource {

    private final MunicipalityOnboarding onboarding;

    public OnboardingResource(MunicipalityOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    /** A municipality to onboard and its first admin. */
    @Schema(name = "OnboardMunicipality")
    public record Input(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be lower-case letters, digits and - like baerum")
            @Schema(description = "Its id in Helhet and in tokens: lower-case, permanent", example = "baerum", required = true) String alias,
            @NotBlank @Size(max = 200) @Schema(description = "Its name", example = "Bærum kommune", required = true) String name,
            @NotBlank @Pattern(regexp = "[a-z0-9.-]+\\.[a-z]{2,}", message = "must be a domain like baerum.kommune.no")
            @Schema(description = "Its e-mail domain", example = "baerum.kommune.no", required = true) String domain,
            @NotNull @Valid @Schema(description = "The first municipality admin", required = true) Admin firstAdmin) {
    }

    /** The first admin. */
    @Schema(name = "FirstAdmin")
    public record Admin(
            @NotBlank @Email @Schema(description = "E-mail, also their username", example = "it-admin@baerum.kommune.no", required = true) String email,
            @NotBlank @Size(max = 100) @Schema(description = "First name", example = "Kari", required = true) String firstName,
            @NotBlank @Size(max = 100) @Schema(description = "Last name", example = "Nordmann", required = true) String lastName) {
    }

    /** What was created. */
    @Schema(name = "OnboardedMunicipality")
    public record Output(
            @Schema(description = "The municipality id", example = "baerum") String alias,
            @Schema(description = "The Keycloak organization id") String organizationId,
            @Schema(description = "The Keycloak user id of the first admin") String adminUserId,
            @Schema(description = "How the admin gets in: email-sent, or set-password-in-keycloak when the realm sends no e-mail",
                    example = "email-sent") String invitation) {
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "onboardMunicipality",
            summary = "Onboard a municipality", description = "Creates the Keycloak Organization and its first admin (role"
            + " municipality-admin, who sets a password and verifies their e-mail at first sign-in), through the Keycloak admin REST API."
            + " All or nothing: the alias and the admin's e-mail are checked first, and a failure later removes what was created.")
    @APIResponse(responseCode = "201", description = "Onboarded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Output.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "`municipality-exists`, or `admin-email-taken`; nothing was created")
    @APIResponse(responseCode = "503", description = "`identity-provider-unavailable`: Keycloak did not carry out the change; what this"
            + " call had created was removed again, and a retry resumes where it stopped")
    public Uni<RestResponse<Output>> onboard(@Valid @NotNull Input input) {
        return onboarding.onboard(new MunicipalityOnboarding.Request(input.alias(), input.name(), input.domain(),
                        input.firstAdmin().email(), input.firstAdmin().firstName(), input.firstAdmin().lastName()))
                .map(result -> Created.at("/api/v1/coordinators/admin/municipalities/" + result.alias(), new Output(result.alias(), result.organizationId(), result.adminUserId(), result.invitation())));
    }
}
