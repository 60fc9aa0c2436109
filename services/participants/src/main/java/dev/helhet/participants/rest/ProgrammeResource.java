package dev.helhet.participants.rest;

import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.participants.service.ProgrammeService;
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

/** A person's programme enrolments. */
@Path("/api/v1/participants/{participantId}/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "Introduction programme, youth follow-up, social-assistance follow-up")
public class ProgrammeResource {

    private final ProgrammeService programmes;
    private final CallerContext caller;

    public ProgrammeResource(ProgrammeService programmes, CallerContext caller) {
        this.programmes = programmes;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL})
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "enrolParticipant",
            summary = "Enrol the person in a programme", description = "The introduction programme needs the settlement"
            + " date; a start more than three months after it is flagged `lateStart`. Publishes ProgrammeEnrolled.")
    @APIResponse(responseCode = "201", description = "Enrolled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "`already-enrolled` or `participant-not-active`")
    public Uni<RestResponse<EnrolmentResponse>> enrol(@PathParam("participantId") UUID participantId,
                                                      @Valid @NotNull ProgrammeRequests.Enrol request) {
        return programmes.enrol(caller.inMunicipality(), participantId, request.programme(), request.startDate(),
                        request.plannedEndDate(), request.settlementDate())
                .map(result -> {
                    var enrolment = result.enrolments().getFirst();
                    return Created.at("/api/v1/participants/" + participantId + "/programmes/" + enrolment.id, EnrolmentResponse.of(enrolment, result.extensions()));
                });
    }

    @GET
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL, ApiRoles.PARTNER})
    @Operation(operationId = "listEnrolments", summary = "The person's enrolments", description = "Newest first, with extensions.")
    @APIResponse(responseCode = "200", description = "The enrolments")
    public Uni<Page<EnrolmentResponse>> list(@PathParam("participantId") UUID participantId, @Valid @BeanParam PageRequest paging) {
        return programmes.list(caller.inMunicipality(), participantId)
                .map(result -> Page.of(result.enrolments(), paging).map(e -> EnrolmentResponse.of(e, result.extensions())));
    }

    @POST
    @Path("/{enrolmentId}/extensions")
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL})
    @Operation(operationId = "extendEnrolment",
            summary = "Extend an enrolment", description = "Moves the planned end later, with a reason. Publishes ProgrammeExtended.")
    @APIResponse(responseCode = "200", description = "The extended enrolment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "409", description = "`programme-ended`")
    public Uni<EnrolmentResponse> extend(@PathParam("participantId") UUID participantId, @PathParam("enrolmentId") UUID enrolmentId,
                                         @Valid @NotNull ProgrammeRequests.Extend request) {
        return programmes.extend(caller.inMunicipality(), participantId, enrolmentId, request.plannedEndDate(), request.reason())
                .map(result -> EnrolmentResponse.of(result.enrolments().getFirst(), result.extensions()));
    }

    @POST
    @Path("/{enrolmentId}/end")
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL})
    @Operation(operationId = "endEnrolment",
            summary = "End an enrolment", description = "With a mandatory reason from the code list. Publishes ProgrammeEnded.")
    @APIResponse(responseCode = "200", description = "The ended enrolment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "409", description = "`programme-ended`: it has ended already")
    public Uni<EnrolmentResponse> end(@PathParam("participantId") UUID participantId, @PathParam("enrolmentId") UUID enrolmentId,
                                      @Valid @NotNull ProgrammeRequests.End request) {
        return programmes.end(caller.inMunicipality(), participantId, enrolmentId, request.endDate(), request.reason(), request.note())
                .map(result -> EnrolmentResponse.of(result.enrolments().getFirst(), result.extensions()));
    }
}
