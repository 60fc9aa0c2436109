package dev.helhet.agreements.rest;

import dev.helhet.agreements.rest.paper.MeetingSheet;
import dev.helhet.agreements.rest.paper.PaperLanguage;
import dev.helhet.agreements.service.MeetingService;
import dev.helhet.common.concurrency.EntityTags;
import dev.helhet.common.concurrency.VersionChecked;
import dev.helhet.common.http.Created;
import dev.helhet.common.idempotency.IdempotencyKeys;
import dev.helhet.common.idempotency.Idempotent;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.tenancy.CallerContext;
import dev.helhet.common.tenancy.Roles;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Clock;
import java.util.UUID;

/** Meetings about the person: planned with the team, run by the roles agreed for each, their decisions put on the plan. */
@Path("/api/v1/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings about the person: planned with the team, minuted, printed, and their decisions put on the"
        + " plan as actions.")
public class MeetingResource {

    private static final String MEETINGS = "/api/v1/agreements/meetings/";

    private final MeetingService meetings;
    private final CallerContext caller;
    private final Clock clock;

    public MeetingResource(MeetingService meetings, CallerContext caller, Clock clock) {
        this.meetings = meetings;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @Path("/participants/{participantId}/meetings")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "scheduleMeeting",
            summary = "Plan a meeting", description = "A team meeting, follow-up or transition meeting with the person, or an internal"
            + " coordination meeting without them; time, place or video link, the roles agreed before it, agenda and attendees"
            + " (team members and the network person by id, the person, an interpreter by language). By whoever keeps the plan.")
    @APIResponse(responseCode = "201", description = "Planned; it starts as scheduled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingDtos.MeetingResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<MeetingDtos.MeetingResponse>> schedule(@PathParam("participantId") UUID participantId,
                                                                   @Valid @NotNull MeetingDtos.MeetingInput input) {
        return meetings.schedule(caller.inMunicipality(), participantId, new MeetingService.NewMeeting(input.kind(),
                        input.category() == null ? dev.helhet.careaccess.InformationCategory.PLAN : input.category(), input.arrangement(),
                        input.attendeeList()))
                .map(MeetingDtos.MeetingResponse::of)
                .map(meeting -> Created.at(MEETINGS + meeting.id(), meeting));
    }

    @GET
    @Path("/participants/{participantId}/meetings")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(operationId = "listParticipantMeetings",
            summary = "The person's meetings", description = "Those whose information category the caller may see, by time, each"
            + " with its attendees and decisions. The read is in the person's access log.")
    @APIResponse(responseCode = "200", description = "The meetings")
    public Uni<Page<MeetingDtos.MeetingResponse>> list(@PathParam("participantId") UUID participantId, @Valid @BeanParam PageRequest paging) {
        return meetings.meetings(caller.inMunicipality(), participantId)
                .map(found -> Page.of(found, paging).map(MeetingDtos.MeetingResponse::of));
    }

    @GET
    @Path("/meetings/{meetingId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(operationId = "getMeeting",
            summary = "A meeting", description = "404 for a meeting the caller may not see (another municipality, a person they do"
            + " not follow, a category not open to them). With `Accept: application/pdf`: the notice, agenda or minutes on paper,"
            + " in the language `lang` names.")
    @APIResponse(responseCode = "200", description = "The meeting (JSON), or on paper (PDF)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingDtos.MeetingResponse.class)))
    public Uni<MeetingDtos.MeetingResponse> meeting(@PathParam("meetingId") UUID meetingId) {
        return meetings.meeting(caller.inMunicipality(), meetingId).map(MeetingDtos.MeetingResponse::of);
    }

    @GET
    @Path("/meetings/{meetingId}")
    @Produces(Paper.PDF)
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    // One operation with the JSON one in the document (one per path and method): its id is getMeeting.
    @Operation(summary = "A meeting on paper", description = "`Accept: application/pdf`: the notice and agenda before the meeting, the"
            + " minutes with decisions and signature lines once it is held; in the viewer's language (`lang`, else Accept-Language)."
            + " The print is in the person's access log.")
    @APIResponse(responseCode = "200", description = "The sheet (PDF)",
            content = @Content(mediaType = Paper.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Uni<Response> meetingOnPaper(@PathParam("meetingId") UUID meetingId,
                                        @Parameter(description = "nb, sv, da or en") @QueryParam("lang") String lang,
                                        @HeaderParam("Accept-Language") String acceptLanguage) {
        PaperLanguage language = PaperLanguage.choose(lang, acceptLanguage);
        return meetings.meeting(caller.inMunicipality(), meetingId, "print").emitOn(Infrastructure.getDefaultWorkerPool())
                .map(view -> Paper.inline(MeetingSheet.render(view, true, language, clock.instant()), "meeting", language));
    }

    @PUT
    @Path("/meetings/{meetingId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.TEAM_LEAD})
    @VersionChecked
    @Parameter(ref = EntityTags.IF_MATCH_PARAMETER)
    @Operation(operationId = "updateMeeting",
            summary = "Rearrange a meeting", description = "Kind, category, time, place, roles, agenda and attendees, until it is held"
            + " or cancelled (409 `illegal-status-change` after). By whoever keeps the plan; with `version`, a change made meanwhile"
            + " is 409 `stale-version`.")
    @APIResponse(responseCode = "200", description = "Rearranged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingDtos.MeetingResponse.class)))
    public Uni<MeetingDtos.MeetingResponse> rearrange(@PathParam("meetingId") UUID meetingId, @Valid @NotNull MeetingDtos.MeetingInput input) {
        return meetings.rearrange(caller.inMunicipality(), meetingId, input.version(),
                        new MeetingService.Rearrangement(input.kind(), input.category(), input.arrangement(), input.attendeeList()))
                .map(MeetingDtos.MeetingResponse::of);
    }

    @PUT
    @Path("/meetings/{meetingId}/minutes")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @VersionChecked
    @Parameter(ref = EntityTags.IF_MATCH_PARAMETER)
    @Operation(operationId = "writeMeetingMinutes",
            summary = "Write the minutes", description = "During or after the meeting, by the minute-taker, the chair or whoever keeps"
            + " the plan (403 `plan-not-yours-to-change` otherwise); not for a cancelled meeting (409). With `version`, minutes"
            + " written meanwhile by someone else are 409 `stale-version` rather than overwritten.")
    @APIResponse(responseCode = "200", description = "Written",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingDtos.MeetingResponse.class)))
    public Uni<MeetingDtos.MeetingResponse> minutes(@PathParam("meetingId") UUID meetingId, @Valid @NotNull MeetingDtos.MinutesInput input) {
        return meetings.writeMinutes(caller.inMunicipality(), meetingId, input.version(), input.minutes()).map(MeetingDtos.MeetingResponse::of);
    }

    @PUT
    @Path("/meetings/{meetingId}/status")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Operation(operationId = "changeMeetingStatus",
            summary = "Mark a meeting held or cancelled", description = "scheduled → held | cancelled; nothing moves after"
            + " (409 `illegal-status-change`). A team meeting held with the person clears the caseload flag no-recent-team-meeting.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingDtos.MeetingResponse.class)))
    public Uni<MeetingDtos.MeetingResponse> move(@PathParam("meetingId") UUID meetingId, @Valid @NotNull MeetingDtos.StatusChange change) {
        return meetings.move(caller.inMunicipality(), meetingId, change.status()).map(MeetingDtos.MeetingResponse::of);
    }

    @POST
    @Path("/meetings/{meetingId}/decisions")
    @RolesAllowed({Roles.COORDINATOR, Roles.PROFESSIONAL, Roles.TEAM_LEAD})
    @Idempotent
    @Parameter(ref = IdempotencyKeys.PARAMETER)
    @Operation(operationId = "recordMeetingDecision",
            summary = "Turn a decision into an action", description = "One step: the decision becomes an action on the person's plan,"
            + " remembered as this meeting's. By the chair, the minute-taker or whoever keeps the plan; a chair or minute-taker"
            + " who does not keep the plan decides only in categories open to them (403). Not for a cancelled meeting.")
    @APIResponse(responseCode = "201", description = "The action on the plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDtos.ActionResponse.class)),
            headers = @Header(name = "Location", description = "Path of the created resource", schema = @Schema(type = SchemaType.STRING)))
    public Uni<RestResponse<PlanDtos.ActionResponse>> decide(@PathParam("meetingId") UUID meetingId,
                                                             @Valid @NotNull PlanDtos.ActionInput input) {
        return meetings.decide(caller.inMunicipality(), meetingId, input.terms())
                .map(PlanDtos.ActionResponse::of)
                .map(action -> Created.at(MEETINGS + meetingId + "/decisions/" + action.id(), action));
    }
}
