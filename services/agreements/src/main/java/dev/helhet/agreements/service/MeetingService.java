package dev.helhet.agreements.service;

import dev.helhet.agreements.domain.Action;
import dev.helhet.agreements.domain.AttendeeKind;
import dev.helhet.agreements.domain.Meeting;
import dev.helhet.agreements.domain.MeetingAttendee;
import dev.helhet.agreements.domain.MeetingKind;
import dev.helhet.agreements.domain.MeetingStatus;
import dev.helhet.agreements.domain.Plan;
import dev.helhet.agreements.repository.MeetingRepository;
import dev.helhet.agreements.repository.PlanRepository;
import dev.helhet.agreements.service.ActionService.ActionView;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.repository.CareFactsRepository;
import dev.helhet.careaccess.service.CareAccess.Opened;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.contracts.IntegrationEvent;
import dev.helhet.contracts.agreements.MeetingCancelled;
import dev.helhet.contracts.agreements.MeetingHeld;
import dev.helhet.contracts.agreements.MeetingRearranged;
import dev.helhet.contracts.agreements.MeetingScheduled;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Meetings about the person: planned by whoever keeps the plan, run by the chair and the minute-taker agreed for each one
 * (they write the minutes, mark it held and turn decisions into actions on the plan in one step), seen by team members whose
 * categories the meeting's falls in. A meeting the caller may not see is 404, as if unknown.
 */
@ApplicationScoped
public class MeetingService {

    /** Someone at the table. */
    public record Attendee(AttendeeKind kind, UUID attendeeRef, String language) {
    }

    /** A meeting to plan: its kind and category, time, place and roles, and who attends. */
    public record NewMeeting(MeetingKind kind, InformationCategory category, Meeting.Arrangement arrangement, List<Attendee> attendees) {
    }

    /** A meeting as the caller sees it: who attends, and the decisions (actions) in categories open to them. */
    public record MeetingView(UUID participantId, Meeting meeting, List<MeetingAttendee> attendees, List<ActionView> decisions) {
    }

    private final PlanAccess access;
    private final ActionService actions;
    private final MeetingRepository meetings;
    private final PlanRepository plans;
    private final CareFactsRepository facts;
    private final Clock clock;

    public MeetingService(PlanAccess access, ActionService actions, MeetingRepository meetings, PlanRepository plans,
                          CareFactsRepository facts, Clock clock) {
        this.access = access;
        this.actions = actions;
        this.meetings = meetings;
        this.plans = plans;
        this.facts = facts;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<MeetingView> schedule(Caller caller, UUID participantId, NewMeeting planned) {
        return access.open(caller, participantId, "meeting", "create").flatMap(opened -> {
            PlanAccess.requireKeepsThePlan(opened);
            return access.planOf(opened, caller).flatMap(plan -> {
                Meeting meeting = Meeting.scheduled(plan, planned.kind(), planned.category(), planned.arrangement(), clock.instant(),
                        caller.subject());
                List<MeetingAttendee> attendees = attendeesOf(meeting, planned.attendees());
                return meetings.persist(meeting, attendees)
                        .call(saved -> access.publish(caller, participantId, opened.municipalityId(), new MeetingScheduled(saved.id,
                                participantId, saved.kind.code(), saved.startsAt, saved.kind.withPerson())))
                        .map(saved -> new MeetingView(participantId, saved, attendees, List.of()));
            });
        });
    }

    /** The person's meetings whose category the caller sees, by time. */
    @WithTransaction
    public Uni<List<MeetingView>> meetings(Caller caller, UUID participantId) {
        return access.open(caller, participantId, "meeting", "list").flatMap(opened -> plans.find(participantId, opened.municipalityId())
                .flatMap(plan -> viewsOf(plan, meeting -> opened.decided().sees(meeting.category), opened.decided()::sees)));
    }

    /** The meetings of a plan that pass {@code shown}, each with its attendees and the decisions in categories {@code sees} lets through. */
    Uni<List<MeetingView>> viewsOf(Plan plan, Predicate<Meeting> shown, Predicate<InformationCategory> sees) {
        if (plan == null) {
            return Uni.createFrom().item(List.of());
        }
        return meetings.ofPlan(plan.id).flatMap(found -> {
            List<Meeting> visible = found.stream().filter(shown).toList();
            List<UUID> ids = visible.stream().map(meeting -> meeting.id).toList();
            return meetings.attendees(ids).flatMap(attendees -> meetings.decisions(ids).map(decisions -> visible.stream()
                    .map(meeting -> new MeetingView(plan.participantId, meeting,
                            attendees.stream().filter(attendee -> attendee.meetingId.equals(meeting.id)).toList(),
                            decisions.stream().filter(action -> meeting.id.equals(action.meetingId) && sees.test(action.category))
                                    .map(actions::view).toList()))
                    .toList()));
        });
    }

    @WithTransaction
    public Uni<MeetingView> meeting(Caller caller, UUID meetingId) {
        return meeting(caller, meetingId, "read");
    }

    /** The meeting for a screen ({@code read}) or for paper ({@code print}): the access log says which. */
    @WithTransaction
    public Uni<MeetingView> meeting(Caller caller, UUID meetingId, String accessAction) {
        return opened(caller, meetingId, accessAction).flatMap(this::view);
    }

    /** What a rearrangement changes: the kind, the category (null: as it was), time, place, roles, attendees. */
    public record Rearrangement(MeetingKind kind, InformationCategory category, Meeting.Arrangement arrangement, List<Attendee> attendees) {
    }

    /**
     * Moves, re-places or re-staffs a meeting that has not yet taken place, as of the version read ({@code null}: the
     * latest); 409 once it is held or cancelled, or when someone changed it meanwhile.
     */
    @WithTransaction
    public Uni<MeetingView> rearrange(Caller caller, UUID meetingId, Long version, Rearrangement change) {
        return opened(caller, meetingId, "update").flatMap(found -> {
            PlanAccess.requireKeepsThePlan(found.opened());
            Meeting meeting = found.meeting();
            requireVersion(meeting, version);
            if (meeting.status != MeetingStatus.SCHEDULED) {
                throw new ProblemException(Problem.of(AgreementsProblems.ILLEGAL_STATUS_CHANGE,
                        "A meeting that is " + meeting.status.code() + " is kept as it was"));
            }
            boolean announced = !meeting.startsAt.equals(change.arrangement().startsAt()) || meeting.kind != change.kind();
            meeting.kind = change.kind();
            if (change.category() != null) {
                meeting.category = change.category();
            }
            meeting.arrange(change.arrangement());
            Uni<Void> said = announced ? publish(caller, found, new MeetingRearranged(meeting.id, found.participantId(), meeting.kind.code(),
                    meeting.startsAt, meeting.kind.withPerson())) : Uni.createFrom().voidItem();
            return said.chain(() -> meetings.replaceAttendees(meeting, attendeesOf(meeting, change.attendees()))).chain(() -> view(found));
        });
    }

    /**
     * Writes the minutes, during or after the meeting: by whoever keeps the plan, the chair or the minute-taker, as of the
     * version read ({@code null}: the latest) — two people writing at once do not overwrite each other unseen (409).
     */
    @WithTransaction
    public Uni<MeetingView> writeMinutes(Caller caller, UUID meetingId, Long version, String minutes) {
        return runnable(caller, meetingId).flatMap(found -> {
            requireVersion(found.meeting(), version);
            found.meeting().minutes = minutes == null || minutes.isBlank() ? null : minutes.strip();
            return view(found);
        });
    }

    /** Marks the meeting held (when it took place) or cancelled; 409 {@code illegal-status-change} once it is either. */
    @WithTransaction
    public Uni<MeetingView> move(Caller caller, UUID meetingId, MeetingStatus next) {
        return opened(caller, meetingId, "update").flatMap(found -> runBy(caller, found).flatMap(allowed -> {
            Meeting meeting = found.meeting();
            MeetingStatus was = meeting.status;
            if (!meeting.moveTo(next, clock.instant())) {
                throw new ProblemException(Problem.of(AgreementsProblems.ILLEGAL_STATUS_CHANGE,
                        "A meeting that is " + was.code() + " cannot become " + next.code()));
            }
            if (was == next) {
                return view(found);
            }
            Uni<IntegrationEvent> event = switch (next) {
                case HELD -> meetings.attendees(List.of(meeting.id)).map(attendees -> new MeetingHeld(meeting.id, found.participantId(),
                        meeting.kind.code(), meeting.heldAt, meeting.kind.withPerson(),
                        attendees.stream().anyMatch(attendee -> attendee.kind == AttendeeKind.NETWORK_PERSON)));
                case CANCELLED -> Uni.createFrom().item(new MeetingCancelled(meeting.id, found.participantId()));
                case SCHEDULED -> throw new IllegalStateException("a meeting never goes back to scheduled");
            };
            return event.flatMap(happened -> publish(caller, found, happened)).chain(() -> view(found));
        }));
    }

    /** A decision of the meeting, put on the plan as an action in the same step; not for a cancelled meeting (409). */
    @WithTransaction
    public Uni<ActionView> decide(Caller caller, UUID meetingId, Action.Terms terms) {
        return runnable(caller, meetingId).flatMap(found -> {
            // A chair or minute-taker from another service puts on the plan only what they may see themself.
            if (!PlanAccess.keepsThePlan(found.opened()) && !found.opened().decided().sees(terms.category())) {
                throw new ProblemException(Problem.of(AgreementsProblems.PLAN_NOT_YOURS_TO_CHANGE,
                        "A decision in the category " + terms.category().code() + " is put on the plan by whoever keeps it"));
            }
            return actions.agreed(found.opened(), caller, terms, found.meeting().id);
        });
    }

    /** A meeting opened for the caller, with the person it is about. */
    private record Found(Opened opened, Meeting meeting) {
        UUID participantId() {
            return opened.participantId();
        }
    }

    /** The meeting, when the caller may see the person and the meeting's category; 404 "Meeting …" otherwise. */
    private Uni<Found> opened(Caller caller, UUID meetingId, String action) {
        return meetings.find(meetingId).flatMap(found -> {
            if (found == null || !found.plan().municipalityId.equals(caller.municipalityId())) {
                return Uni.createFrom().failure(ProblemException.notFound("Meeting " + meetingId));
            }
            return access.open(caller, found.plan().participantId, "meeting", action)
                    .onFailure(ProblemException.class).transform(refused -> ProblemException.notFound("Meeting " + meetingId))
                    .map(opened -> {
                        if (!opened.decided().sees(found.meeting().category)) {
                            throw ProblemException.notFound("Meeting " + meetingId);
                        }
                        return new Found(opened, found.meeting());
                    });
        });
    }

    /** The meeting, for whoever keeps the plan or runs this meeting (chair, minute-taker); not once it is cancelled. */
    private Uni<Found> runnable(Caller caller, UUID meetingId) {
        return opened(caller, meetingId, "update").flatMap(found -> runBy(caller, found).map(allowed -> {
            if (found.meeting().status == MeetingStatus.CANCELLED) {
                throw new ProblemException(Problem.of(AgreementsProblems.ILLEGAL_STATUS_CHANGE, "The meeting was cancelled"));
            }
            return found;
        }));
    }

    private Uni<Found> runBy(Caller caller, Found found) {
        if (PlanAccess.keepsThePlan(found.opened())) {
            return Uni.createFrom().item(found);
        }
        return facts.professionalIdsOf(caller.subject()).map(me -> {
            if (!found.meeting().runBy(me)) {
                throw new ProblemException(Problem.of(AgreementsProblems.PLAN_NOT_YOURS_TO_CHANGE,
                        "The meeting is run by its chair and minute-taker, and by whoever keeps the plan"));
            }
            return found;
        });
    }

    private static void requireVersion(Meeting meeting, Long version) {
        if (version != null && version != meeting.version) {
            throw new ProblemException(ProblemType.STALE_VERSION,
                    "Someone else changed this meeting meanwhile (version " + meeting.version + "); read it again and repeat the change");
        }
    }

    private Uni<MeetingView> view(Found found) {
        return meetings.attendees(List.of(found.meeting().id)).flatMap(attendees -> meetings.decisions(List.of(found.meeting().id))
                .map(decisions -> new MeetingView(found.participantId(), found.meeting(), attendees, decisions.stream()
                        .filter(action -> found.opened().decided().sees(action.category)).map(actions::view).toList())));
    }

    private Uni<Void> publish(Caller caller, Found found, IntegrationEvent event) {
        return access.publish(caller, found.participantId(), found.opened().municipalityId(), event);
    }

    private static List<MeetingAttendee> attendeesOf(Meeting meeting, List<Attendee> attendees) {
        return attendees == null ? List.of()
                : attendees.stream().map(attendee -> MeetingAttendee.of(meeting, attendee.kind(), attendee.attendeeRef(), attendee.language()))
                .toList();
    }
}
