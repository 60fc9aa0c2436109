package dev.helhet.agreements.rest;

import dev.helhet.agreements.domain.AttendeeKind;
import dev.helhet.agreements.domain.Meeting;
import dev.helhet.agreements.domain.MeetingAttendee;
import dev.helhet.agreements.domain.MeetingKind;
import dev.helhet.agreements.domain.MeetingStatus;
import dev.helhet.agreements.domain.PlanLimits;
import dev.helhet.agreements.service.MeetingService;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.common.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The meetings' requests and answers. */
final class MeetingDtos {

    private MeetingDtos() {
    }

    @Schema(name = "Meeting", description = "A meeting about the person, as far as the caller may see it")
    record MeetingResponse(
            @Schema(description = "Id of the meeting", required = true) UUID id,
            @Schema(description = "The person it is about", required = true) UUID participantId,
            @Schema(description = "What the meeting is for; internal is the coordination meeting without the person", required = true)
            MeetingKind kind,
            @Schema(description = "Whether the person takes part", required = true) boolean withPerson,
            @Schema(description = "The information category: which team members see the meeting follows from the person's consent",
                    required = true) InformationCategory category,
            @Schema(description = "When it starts", required = true) Instant startsAt,
            @Schema(description = "Where it is held") String place,
            @Schema(description = "The video link, for those who join from elsewhere") String videoLink,
            @Schema(description = "scheduled, held or cancelled", required = true) MeetingStatus status,
            @Schema(description = "When it took place (held meetings)") Instant heldAt,
            @Schema(description = "The roles agreed before the meeting", required = true) Roles roles,
            @Schema(maxItems = 30, description = "The agenda items, in order", required = true) List<String> agenda,
            @Schema(description = "The minutes, written during or after the meeting") String minutes,
            @Schema(maxItems = 40, description = "Who takes part", required = true) List<AttendeeResponse> attendees,
            @Schema(maxItems = PlanLimits.ACTIONS, description = "The decisions, each an action on the plan (those in categories open to the caller)", required = true)
            List<PlanDtos.ActionResponse> decisions,
            @Schema(description = "The meeting's version", required = true) long version) {

        static MeetingResponse of(MeetingService.MeetingView view) {
            return of(view, true);
        }

        /** The meeting, with the minutes only when {@code withMinutes} (the person reads them once the meeting is held). */
        static MeetingResponse of(MeetingService.MeetingView view, boolean withMinutes) {
            Meeting meeting = view.meeting();
            return new MeetingResponse(meeting.id, view.participantId(), meeting.kind, meeting.kind.withPerson(), meeting.category,
                    meeting.startsAt, meeting.place, meeting.videoLink, meeting.status, meeting.heldAt,
                    new Roles(meeting.chairId, meeting.minuteTakerId, meeting.interviewerId), Arrays.asList(meeting.agenda),
                    withMinutes ? meeting.minutes : null, view.attendees().stream().map(AttendeeResponse::of).toList(),
                    view.decisions().stream().map(PlanDtos.ActionResponse::of).toList(), meeting.version);
        }
    }

    @Schema(name = "MeetingRoles", description = "Who chairs, takes the minutes and interviews; they may change from meeting to meeting")
    record Roles(
            @Schema(description = "The professional who chairs the meeting") UUID chairId,
            @Schema(description = "The professional who writes the minutes") UUID minuteTakerId,
            @Schema(description = "The professional who leads the conversation with the person") UUID interviewerId) {
    }

    @Schema(name = "MeetingAttendee")
    record AttendeeResponse(
            @Schema(description = "team-member, person, network-person or interpreter", required = true) AttendeeKind kind,
            @Schema(description = "The professional or network person; absent for the person and an interpreter") UUID attendeeRef,
            @Schema(description = "The language an interpreter interprets (BCP 47)") String language) {

        static AttendeeResponse of(MeetingAttendee attendee) {
            return new AttendeeResponse(attendee.kind, attendee.attendeeRef, attendee.language);
        }
    }

    @Schema(name = "MeetingAttendeeInput")
    record AttendeeInput(
            @NotNull @Schema(description = "team-member, person, network-person or interpreter", required = true, example = "interpreter")
            AttendeeKind kind,
            @Schema(description = "The professional (team-member) or the network person (network-person); nobody else has one")
            UUID attendeeRef,
            @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") @Schema(description = "The language an interpreter interprets (BCP 47)",
                    example = "ti") String language) {

        MeetingService.Attendee attendee() {
            return new MeetingService.Attendee(kind, attendeeRef, language);
        }
    }

    @Schema(name = "MeetingInput")
    record MeetingInput(
            @NotNull @Schema(description = "What the meeting is for", required = true, example = "team-meeting") MeetingKind kind,
            @Schema(description = "The information category (default plan): which team members see it", example = "plan")
            InformationCategory category,
            @NotNull @Schema(description = "When it starts", required = true, example = "2027-01-12T09:00:00Z") Instant startsAt,
            @Size(max = 300) @Schema(description = "Where it is held", example = "Asker rådhus, møterom 2") String place,
            @Size(max = 500) @Pattern(regexp = "https://\\S+") @Schema(description = "The video link (https)",
                    example = "https://meet.example.no/asker-team") String videoLink,
            @Valid @Schema(description = "The roles agreed before the meeting") Roles roles,
            @Size(max = 30) @Schema(description = "The agenda items, in order", example = "[\"Språkpraksis\", \"Bolig\"]")
            List<@NotBlank @Size(max = 500) String> agenda,
            @Valid @Size(max = 40) @Schema(description = "Who takes part") List<@NotNull AttendeeInput> attendees,
            @Schema(description = "When rearranging: the version read; a change made meanwhile is then 409 stale-version", example = "0")
            Long version) {

        Meeting.Arrangement arrangement() {
            Roles given = roles == null ? new Roles(null, null, null) : roles;
            return new Meeting.Arrangement(startsAt, place, videoLink, agenda, given.chairId(), given.minuteTakerId(), given.interviewerId());
        }

        /** The attendees, each named as its kind needs (400 naming the field otherwise). */
        List<MeetingService.Attendee> attendeeList() {
            if (attendees == null) {
                return List.of();
            }
            for (int i = 0; i < attendees.size(); i++) {
                AttendeeInput attendee = attendees.get(i);
                if (attendee.kind().named() != (attendee.attendeeRef() != null)) {
                    throw ProblemException.invalidField("attendees[" + i + "].attendeeRef",
                            "give the id of a team member or the network person, and of nobody else", "required");
                }
                if ((attendee.kind() == AttendeeKind.INTERPRETER) != (attendee.language() != null)) {
                    throw ProblemException.invalidField("attendees[" + i + "].language",
                            "give the language of an interpreter, and of nobody else", "required");
                }
            }
            return attendees.stream().map(AttendeeInput::attendee).toList();
        }
    }

    @Schema(name = "MeetingMinutes")
    record MinutesInput(
            @NotNull @Size(max = 20000) @Schema(description = "The minutes so far (replaces what was written)", required = true,
                    example = "Amina fortalte om språkpraksisen. NAV undersøker arbeidstrening.") String minutes,
            @Schema(description = "The meeting's version read; a change made meanwhile is then 409 stale-version", example = "0")
            Long version) {
    }

    @Schema(name = "MeetingStatusChange")
    record StatusChange(
            @NotNull @Schema(description = "held or cancelled", required = true, example = "held") MeetingStatus status) {
    }
}
