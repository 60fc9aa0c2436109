package dev.helhet.agreements.service;

import dev.helhet.agreements.domain.Goal;
import dev.helhet.agreements.domain.GoalStatus;
import dev.helhet.agreements.domain.Meeting;
import dev.helhet.agreements.domain.Plan;
import dev.helhet.agreements.domain.PlanLimits;
import dev.helhet.agreements.domain.ProgressNote;
import dev.helhet.agreements.repository.MeetingRepository;
import dev.helhet.agreements.repository.PlanRepository;
import dev.helhet.agreements.service.ActionService.ActionView;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.LifeArea;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.contracts.agreements.GoalSet;
import dev.helhet.contracts.agreements.GoalStatusChanged;
import dev.helhet.contracts.agreements.ProgressRecorded;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The person's shared plan and its goals. Need-to-know is the care-access module's: whoever may see the person sees the
 * goals whose category is open to them (a team member: what the person's consent opens to their organisation); whoever
 * keeps the plan (coordinator, deputy, team lead) sets and moves goals; anyone who sees a goal records progress. Every
 * read, change and refusal is in the person's access log.
 */
@ApplicationScoped
public class PlanService {

    /** A goal and its progress over time. */
    public record GoalView(Goal goal, List<ProgressNote> progress) {
    }

    /** What the caller sees of the plan (no plan yet: no goals, no actions); actions overdue first, then by due date. */
    public record PlanView(UUID participantId, String ownGoal, List<GoalView> goals, List<ActionView> actions) {
    }

    /** A new goal. */
    public record NewGoal(LifeArea lifeArea, InformationCategory category, String description, LocalDate targetDate) {
    }

    /** A goal reworded, re-dated or moved on. */
    public record Revision(String description, LocalDate targetDate, GoalStatus status) {
    }

    private final PlanAccess access;
    private final ActionService actions;
    private final PlanRepository plans;
    private final MeetingRepository meetings;
    private final Clock clock;

    public PlanService(PlanAccess access, ActionService actions, PlanRepository plans, MeetingRepository meetings, Clock clock) {
        this.access = access;
        this.actions = actions;
        this.plans = plans;
        this.meetings = meetings;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<PlanView> plan(Caller caller, UUID participantId) {
        return plan(caller, participantId, "read");
    }

    /** The plan for a screen ({@code read}) or for paper ({@code print}): the access log says which. */
    @WithTransaction
    public Uni<PlanView> plan(Caller caller, UUID participantId, String accessAction) {
        return access.open(caller, participantId, "plan", accessAction).flatMap(opened -> plans.find(participantId, opened.municipalityId())
                .flatMap(plan -> view(participantId, plan, category -> opened.decided().sees(category),
                        meeting -> opened.decided().sees(meeting.category))));
    }

    /** The whole plan, as the person sees it (no plan yet: an empty one); an internal meeting is not named to them. */
    Uni<PlanView> wholePlan(UUID participantId, String municipalityId) {
        return plans.find(participantId, municipalityId).flatMap(plan -> view(participantId, plan, category -> true,
                meeting -> meeting.kind.withPerson()));
    }

    /** The person's own goal, in their words: kept by whoever keeps the plan, or by the person. */
    @WithTransaction
    public Uni<PlanView> setOwnGoal(Caller caller, UUID participantId, String ownGoal) {
        return access.open(caller, participantId, "plan", "update").flatMap(opened -> {
            PlanAccess.requireKeepsThePlan(opened);
            return access.planOf(opened, caller).flatMap(plan -> {
                plan.ownGoal = ownGoal == null || ownGoal.isBlank() ? null : ownGoal.strip();
                return view(participantId, plan, category -> opened.decided().sees(category), meeting -> opened.decided().sees(meeting.category));
            });
        });
    }

    @WithTransaction
    public Uni<GoalView> addGoal(Caller caller, UUID participantId, NewGoal goal) {
        return access.open(caller, participantId, "plan-goal", "create").flatMap(opened -> {
            PlanAccess.requireKeepsThePlan(opened);
            return access.planOf(opened, caller)
                    .call(plan -> plans.goalCountLocked(plan.id).invoke(PlanLimits.GOALS_OF_A_PLAN::admitOneMore))
                    .flatMap(plan -> plans.persist(Goal.proposed(plan, goal.lifeArea(), goal.category(), goal.description(),
                            goal.targetDate(), clock.instant(), caller.subject())))
                    .call(saved -> access.publish(caller, participantId, opened.municipalityId(), new GoalSet(saved.id, participantId,
                            saved.lifeArea.code(), saved.category.code())))
                    .map(saved -> new GoalView(saved, List.of()));
        });
    }

    @WithTransaction
    public Uni<GoalView> reviseGoal(Caller caller, UUID participantId, UUID goalId, Revision revision) {
        return access.open(caller, participantId, "plan-goal", "update").flatMap(opened -> {
            PlanAccess.requireKeepsThePlan(opened);
            return access.visibleGoal(opened, goalId).flatMap(goal -> {
                GoalStatus was = goal.status;
                if (!goal.revise(revision.description(), revision.targetDate(), revision.status(), clock.instant())) {
                    throw new ProblemException(Problem.of(AgreementsProblems.ILLEGAL_STATUS_CHANGE,
                            "A goal that is " + was.code() + " cannot become " + revision.status().code()));
                }
                Uni<Void> said = was == goal.status ? Uni.createFrom().voidItem()
                        : access.publish(caller, participantId, opened.municipalityId(), new GoalStatusChanged(goal.id, participantId,
                        goal.lifeArea.code(), goal.category.code(), was.code(), goal.status.code()));
                return said.flatMap(sent -> plans.progress(List.of(goal.id))).map(progress -> new GoalView(goal, progress));
            });
        });
    }

    @WithTransaction
    public Uni<ProgressNote> recordProgress(Caller caller, UUID participantId, UUID goalId, Integer rating, String note) {
        return access.open(caller, participantId, "plan-progress", "create").flatMap(opened -> access.visibleGoal(opened, goalId)
                .flatMap(goal -> recorded(caller, participantId, opened.municipalityId(), goal, rating, note, false)));
    }

    /** Stores a progress note on a goal and says so (without the rating or the note) on the plan topic. */
    Uni<ProgressNote> recorded(Caller caller, UUID participantId, String municipalityId, Goal goal, Integer rating, String note,
                               boolean byPerson) {
        return plans.progressCountLocked(goal.id).invoke(PlanLimits.PROGRESS_OF_A_GOAL::admitOneMore)
                .chain(() -> plans.persist(ProgressNote.recorded(goal, rating, note, clock.instant(), caller.subject())))
                .call(saved -> access.publish(caller, participantId, municipalityId, new ProgressRecorded(saved.id, goal.id, participantId,
                        byPerson)));
    }

    private Uni<PlanView> view(UUID participantId, Plan plan, Predicate<InformationCategory> sees, Predicate<Meeting> meetingShown) {
        if (plan == null) {
            return Uni.createFrom().item(new PlanView(participantId, null, List.of(), List.of()));
        }
        return plans.goals(plan.id).flatMap(goals -> plans.actions(plan.id).flatMap(agreed -> meetings.ofPlan(plan.id).flatMap(held -> {
            java.util.Set<UUID> named = held.stream().filter(meetingShown).map(meeting -> meeting.id).collect(java.util.stream.Collectors.toSet());
            List<Goal> visible = goals.stream().filter(goal -> sees.test(goal.category)).toList();
            List<ActionView> shown = agreed.stream().filter(action -> sees.test(action.category))
                    .map(action -> actions.view(action, named.contains(action.meetingId)))
                    .sorted(Comparator.comparing((ActionView view) -> !view.overdue())).toList();
            // The person's own goal is plan content: shown to whom the plan category is open.
            String ownGoal = sees.test(InformationCategory.PLAN) ? plan.ownGoal : null;
            return plans.progress(visible.stream().map(goal -> goal.id).toList()).map(progress -> new PlanView(plan.participantId,
                    ownGoal, visible.stream().map(goal -> new GoalView(goal,
                            progress.stream().filter(note -> note.goalId.equals(goal.id)).toList())).toList(), shown));
        })));
    }
}
