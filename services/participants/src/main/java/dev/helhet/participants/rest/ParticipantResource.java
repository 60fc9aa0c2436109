package dev.helhet.participants.rest;

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
import dev.helhet.participants.domain.ParticipantDetails;
import dev.helhet.participants.domain.ParticipantStatus;
import dev.helhet.participants.domain.Programme;
import dev.helhet.participants.service.ExportService;
import dev.helhet.participants.service.ParticipantService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import java.util.UUID;

/** The participants API: register, find, correct, move and close people of the caller's municipality. */
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "The person at the centre of the collaboration")
public class ParticipantResource {

    private final ParticipantService participants;
    private final ExportService exports;
    private final CallerContext caller;
    private final java.time.Clock clock;

    public ParticipantResource(ParticipantService participants, ExportService exports, CallerContext caller,
                               java.time.Clock clock) {
        this.participants = participants;
        this.exports = exports;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL, ApiRoles.PARTNER})
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "registerParticipant",
            summary = "Register a person", description = "Registers a person in the caller's active municipality and publishes"
            + " ParticipantRegistered. An identity number already registered in the municipality answers 409"
            + " `already-registered`.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new participant",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "`already-registered`: the identity number is registered here already;"
            + " `existingParticipantId` names the record only when the caller may see it")
    public Uni<RestResponse<ParticipantResponse>> register(@Valid @NotNull ParticipantRequest request) {
        return participants.register(caller.inMunicipality(), details(request), country(request), number(request))
                .map(view -> Created.at("/api/v1/participants/" + view.participant().id, ParticipantResponse.of(view.participant(), view.enrolments(), view.warnings())));
    }

    @GET
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL, ApiRoles.PARTNER})
    @Operation(operationId = "listParticipants",
            summary = "Find the people the caller may see", description = "Those the caller coordinates, deputises for,"
            + " is on the team of, or registered and nobody coordinates yet (a team lead or partner: the whole municipality)."
            + " Paged; filter by name, status and current programme. Each person listed is a logged read.")
    @APIResponse(responseCode = "200", description = "One page")
    public Uni<Page<ParticipantResponse>> list(
            @Parameter(description = "Part of the name, any case", example = "amina")
            @QueryParam("q") @Size(max = 100) String text,
            @Parameter(description = "active, moved or closed", example = "active")
            @QueryParam("status") String status,
            @Parameter(description = "Only people currently in this programme", example = "introduction-programme")
            @QueryParam("programme") String programme,
            @Parameter(description = "name or registeredAt; a leading - sorts descending", example = "-registeredAt")
            @QueryParam("sort") @DefaultValue("-registeredAt")
            @Pattern(regexp = "-?(name|registeredAt)", message = "must be name, -name, registeredAt or -registeredAt") String sort,
            @Valid @BeanParam PageRequest paging) {
        boolean descending = sort.startsWith("-");
        var who = caller.inMunicipality();
        ParticipantService.ListRequest request = new ParticipantService.ListRequest(text,
                Codes.parse(ParticipantStatus.class, status, "status"), Codes.parse(Programme.class, programme, "programme"),
                descending ? sort.substring(1) : sort, descending, paging.page(), paging.size());
        return participants.list(who, request).map(found -> new Page<>(found.items().stream()
                .map(view -> ParticipantResponse.of(view.participant(), view.enrolments(), view.warnings())).toList(),
                found.page(), found.size(), found.total()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL, ApiRoles.PARTNER})
    @Operation(operationId = "getParticipant",
            summary = "Read one person", description = "The identity number is masked. A person of another municipality answers 404.")
    @APIResponse(responseCode = "200", description = "The person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantResponse.class)))
    public Uni<ParticipantResponse> get(@PathParam("id") UUID id) {
        return participants.get(caller.inMunicipality(), id).map(view -> ParticipantResponse.of(view.participant(), view.enrolments(), view.warnings()));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL})
    @VersionChecked
    @Parameter(ref = EntityTags.IF_MATCH_PARAMETER)
    @Operation(operationId = "updateParticipant",
            summary = "Correct a person's details", description = "Replaces the editable details. Send the version you read:"
            + " a stale one answers 409 `stale-version`. The identity number is not editable here: a `nationalId` other than the"
            + " person's answers 400 (code `change-separately`); use PUT /api/v1/participants/{id}/national-id."
            + " Publishes ParticipantUpdated naming the changed fields.")
    @APIResponse(responseCode = "200", description = "The corrected person",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "409", description = "`stale-version`")
    public Uni<ParticipantResponse> update(@PathParam("id") UUID id, @Valid @NotNull ParticipantRequest request) {
        if (request.version() == null) {
            throw ProblemException.invalidField("version", "send the version you read", "required");
        }
        return participants.update(caller.inMunicipality(), id, request.version(), details(request), country(request), number(request))
                .map(view -> ParticipantResponse.of(view.participant(), view.enrolments(), view.warnings()));
    }

    @PUT
    @Path("/{id}/national-id")
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.MUNICIPALITY_ADMIN})
    @Operation(operationId = "changeParticipantNationalId",
            summary = "Add or change the identity number", description = "An audited act of the person's coordinator (or the"
            + " deputy, or the coordinator who registered them while nobody coordinates them) or of the municipality admin, with"
            + " a reason. The person's own sign-in follows the number, so the change is written to the access log and to the"
            + " record's identity history, both shown to the person. Answers the change, masked; no case content.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NationalIdChangeRequests.Response.class)))
    @APIResponse(responseCode = "400", description = "`validation`: an invalid number, or `unchanged` when it is the number the person has")
    @APIResponse(responseCode = "409", description = "`already-registered`: another record of the municipality has this number;"
            + " `existingParticipantId` only when the caller may see that record")
    public Uni<NationalIdChangeRequests.Response> changeNationalId(@PathParam("id") UUID id,
                                                                  @Valid @NotNull NationalIdChangeRequests.Change request) {
        return participants.changeNationalId(caller.inMunicipality(), id, request.nationalId().country(), request.nationalId().number(),
                request.reason()).map(NationalIdChangeRequests.Response::of);
    }

    @POST
    @Path("/{id}/move")
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD})
    @Operation(operationId = "recordParticipantMove",
            summary = "Record that the person moved away", description = "Open programmes end with reason `moved`;"
            + " publishes ProgrammeEnded for each and ParticipantClosed with reason moved.")
    @APIResponse(responseCode = "200", description = "The person, now moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "409", description = "`participant-not-active`: already moved or closed")
    public Uni<ParticipantResponse> move(@PathParam("id") UUID id, @Valid @NotNull StatusChangeRequests.Move request) {
        return participants.move(caller.inMunicipality(), id, request.movedToMunicipalityId())
                .map(view -> ParticipantResponse.of(view.participant(), view.enrolments(), view.warnings()));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD})
    @Operation(operationId = "closeParticipant",
            summary = "Close the person's follow-up", description = "Programmes must be ended first, each with its reason."
            + " Publishes ParticipantClosed with reason closed.")
    @APIResponse(responseCode = "200", description = "The person, now closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantResponse.class)))
    @APIResponse(responseCode = "409", description = "`open-programmes` or `participant-not-active`")
    public Uni<ParticipantResponse> close(@PathParam("id") UUID id, @Valid @NotNull StatusChangeRequests.Close request) {
        return participants.close(caller.inMunicipality(), id, request.reason())
                .map(view -> ParticipantResponse.of(view.participant(), view.enrolments(), view.warnings()));
    }

    @POST
    @Path("/{id}/national-id/reveal")
    @RolesAllowed({ApiRoles.COORDINATOR, ApiRoles.TEAM_LEAD, ApiRoles.PROFESSIONAL})
    @Operation(operationId = "revealParticipantNationalId",
            summary = "Show the full identity number", description = "For a stated purpose; the read is written to the"
            + " access log the person can see. A POST, so the number never appears in a URL, cache or browser history.")
    @APIResponse(responseCode = "200", description = "The full number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevealedNationalId.class)))
    @APIResponse(responseCode = "404", description = "No such person here, or no number recorded")
    public Uni<RevealedNationalId> reveal(@PathParam("id") UUID id, @Valid @NotNull RevealRequest request) {
        return participants.revealNationalId(caller.inMunicipality(), id, request.purpose())
                .map(revealed -> PersonRecordResponse.revealed(revealed.participant(), revealed.number()));
    }

    @GET
    @Path("/{id}/export")
    @RolesAllowed(ApiRoles.COORDINATOR)
    @Operation(operationId = "exportParticipant",
            summary = "Export everything held on the person", description = "Data portability: one JSON document with"
            + " the full identity number, programmes, network, consents with history and the access log. The export is logged.")
    @APIResponse(responseCode = "200", description = "The whole record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRecordResponse.class)))
    public Uni<PersonRecordResponse> export(@PathParam("id") UUID id) {
        return exports.export(caller.inMunicipality(), id).map(record -> PersonRecordResponse.of(record, clock.instant()));
    }

    private static ParticipantDetails details(ParticipantRequest request) {
        ContactInput contact = request.contact() == null ? new ContactInput(null, null, null) : request.contact();
        return new ParticipantDetails(request.name(), request.preferredLanguages(), Boolean.TRUE.equals(request.interpreterNeeded()),
                request.interpreterLanguage(), contact.phone(), contact.email(), contact.address(), request.dateOfBirth(),
                request.whatMattersToMe());
    }

    private static dev.helhet.participants.domain.nationalid.Country country(ParticipantRequest request) {
        return request.nationalId() == null ? null : request.nationalId().country();
    }

    private static String number(ParticipantRequest request) {
        return request.nationalId() == null ? null : request.nationalId().number();
    }
}
