package dev.helhet.agreements.service;

import dev.helhet.agreements.domain.ActionStatus;
import dev.helhet.agreements.domain.MeetingStatus;
import dev.helhet.agreements.domain.ProgressNote;
import dev.helhet.agreements.repository.PlanRepository;
import dev.helhet.agreements.service.ActionService.ActionView;
import dev.helhet.agreements.service.MeetingService.MeetingView;
import dev.helhet.careaccess.client.SignedInPerson.Registration;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The plan as the person sees it, signed in as themself: all of it (it is about them), in every municipality that registered
 * them; the meetings they take part in, with the agenda before and the minutes once held (never an internal meeting); their
 * own progress and ratings; and their own actions, which they mark in progress or done.
 */
@ApplicationScoped
public class MyPlanService {

    /** The person's plan in one municipality. */
    public record MyPlan(String municipalityId, PlanService.PlanView plan) {
    }

    /** A meeting the person takes part in; the minutes are theirs to read once it is held. */
    public record MyMeeting(String municipalityId, MeetingView view, boolean minutesShown) {
    }

    private final PlanService plans;
    /** The most meetings the person's own page lists. */
    public static final int LATEST_MEETINGS = 200;

    private final MeetingService meetings;
    private final ActionService actions;
    private final PlanRepository repository;

    public MyPlanService(PlanService plans, MeetingService meetings, ActionService actions, PlanRepository repository) {
        this.plans = plans;
        this.meetings = meetings;
        this.actions = actions;
        this.repository = repository;
    }

    @WithTransaction
    public Uni<List<MyPlan>> plans(List<Registration> registrations) {
        return each(registrations, registration -> plans.wholePlan(registration.participantId(), registration.municipalityId())
                .map(plan -> List.of(new MyPlan(registration.municipalityId(), plan))));
    }

    /**
     * The person's {@link #LATEST_MEETINGS} latest meetings by start (the planned ones and the most recent held), oldest
     * first: what the person's own page shows. Older ones are in the export of all their data.
     */
    @WithTransaction
    public Uni<List<MyMeeting>> meetings(List<Registration> registrations) {
        return each(registrations, registration -> repository.find(registration.participantId(), registration.municipalityId())
                .flatMap(plan -> meetings.viewsOf(plan, meeting -> meeting.kind.withPerson(), category -> true))
                .map(found -> found.stream().map(view -> new MyMeeting(registration.municipalityId(), view,
                        view.meeting().status == MeetingStatus.HELD)).toList()))
                .map(MyPlanService::latest);
    }

    private static List<MyMeeting> latest(List<MyMeeting> all) {
        List<MyMeeting> byTime = all.stream().sorted(Comparator.comparing((MyMeeting mine) -> mine.view().meeting().startsAt)
                .thenComparing(mine -> mine.view().meeting().id)).toList();
        return byTime.subList(Math.max(0, byTime.size() - LATEST_MEETINGS), byTime.size());
    }

    /** The person's own rating and note on one of their goals; 404 for a goal not on their plans. */
    @WithTransaction
    public Uni<ProgressNote> recordProgress(Caller person, List<Registration> registrations, UUID goalId, Integer rating, String note) {
        return ownPlanHolding(registrations, registration -> repository.find(registration.participantId(), registration.municipalityId())
                .flatMap(plan -> plan == null ? Uni.createFrom().nullItem() : repository.goal(plan.id, goalId))
                .flatMap(goal -> goal == null ? Uni.createFrom().<ProgressNote>nullItem()
                        : plans.recorded(person, registration.participantId(), registration.municipalityId(), goal, rating, note, true)))
                .map(recorded -> {
                    if (recorded == null) {
                        throw ProblemException.notFound("Goal " + goalId);
                    }
                    return recorded;
                });
    }

    /** Moves one of the person's own actions on (in progress, done); 403 for cancelling, or for an action someone else carries out. */
    @WithTransaction
    public Uni<ActionView> moveOwnAction(Caller person, List<Registration> registrations, UUID actionId, ActionStatus next) {
        if (next == ActionStatus.CANCELLED) {
            return Uni.createFrom().failure(new ProblemException(Problem.of(AgreementsProblems.PLAN_NOT_YOURS_TO_CHANGE,
                    "An agreement is called off together with your coordinator")));
        }
        return ownPlanHolding(registrations, registration -> repository.find(registration.participantId(), registration.municipalityId())
                .flatMap(plan -> plan == null ? Uni.createFrom().nullItem() : repository.action(plan.id, actionId))
                .flatMap(action -> {
                    if (action == null) {
                        return Uni.createFrom().<ActionView>nullItem();
                    }
                    if (!action.carriedOutByThePerson()) {
                        throw new ProblemException(Problem.of(AgreementsProblems.PLAN_NOT_YOURS_TO_CHANGE,
                                "This action is carried out by someone else; tell your coordinator how it is going"));
                    }
                    return actions.moved(person, registration.participantId(), registration.municipalityId(), action, next);
                }))
                .map(moved -> {
                    if (moved == null) {
                        throw ProblemException.notFound("Action " + actionId);
                    }
                    return moved;
                });
    }

    /** The first non-null answer of {@code attempt} over the person's registrations, or null. */
    private static <T> Uni<T> ownPlanHolding(List<Registration> registrations, Function<Registration, Uni<T>> attempt) {
        Uni<T> found = Uni.createFrom().nullItem();
        for (Registration registration : registrations) {
            found = found.flatMap(earlier -> earlier != null ? Uni.createFrom().item(earlier) : attempt.apply(registration));
        }
        return found;
    }

    private static <T> Uni<List<T>> each(List<Registration> registrations, Function<Registration, Uni<List<T>>> perRegistration) {
        return Multi.createFrom().iterable(registrations).onItem().<List<T>>transformToUniAndConcatenate(perRegistration::apply)
                .collect().asList()
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }
}
