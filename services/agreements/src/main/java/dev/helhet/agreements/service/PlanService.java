package dev.helhet.agreements.service;

import dev.helhet.agreements.domain.Action;
import dev.helhet.agreements.domain.ActionStatus;
import dev.helhet.agreements.domain.Goal;
import dev.helhet.agreements.domain.GoalStatus;
import dev.helhet.agreements.domain.LifeArea;
import dev.helhet.agreements.domain.Plan;
import dev.helhet.agreements.domain.ProgressNote;
import dev.helhet.agreements.domain.Responsible;
import dev.helhet.agreements.repository.PlanRepository;
import dev.helhet.careaccess.CareRelation;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.repository.CareFactsRepository;
import dev.helhet.careaccess.service.CareAccess;
import dev.helhet.careaccess.service.CareAccess.Opened;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.time.NordicTime;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The person's shared plan. Need-to-know is the care-access module's: whoever may see the person sees the goals whose
 * category is open to them (a team member: what the person's consent opens to their organisation); the coordinator,
 * the deputy and a team lead change the goals; anyone who sees a goal records progress. Every read, change and
 * refusal is in the person's access log.
 */
@ApplicationScoped
public class PlanService {

    private static final Set<CareRelation> CHANGE_GOALS = Set.of(CareRelation.COORDINATOR, CareRelation.DEPUTY, CareRelation.TEAM_LEAD);

    /** A goal and its progress over time. */
    public record GoalView(Goal goal, List<ProgressNote> progress) {
    }

    /** An agreed action, and whether it is overdue today. */
    public record ActionView(Action action, boolean overdue) {
    }

    /** What the caller sees of the plan (no plan yet: no goals, no actions); actions overdue first, then by due date. */
    public record PlanView(UUID participantId, String ownGoal, List<GoalView> goals, List<ActionView> actions) {
    }

    /** A new action: what, for which goal (or none), in which category, who carries it out, by when. */
    public record NewAction(UUID goalId, String description, InformationCategory category, Responsible responsible, UUID responsibleId,
                            LocalDate dueDate) {
    }

    /** A new goal. */
    public record NewGoal(LifeArea lifeArea, InformationCategory category, String description, LocalDate targetDate) {
    }

    /** A goal reworded, re-dated or moved on. */
    public record Revision(String description, LocalDate targetDate, GoalStatus status) {
    }

    private final CareAccess careAccess;
    private final CareFactsRepository facts;
    private final PlanRepository plans;
    private final Clock clock;

    public PlanService(CareAccess careAccess, CareFactsRepository facts, PlanRepository plans, Clock clock) {
        this.careAccess = careAccess;
        this.facts = facts;
        this.plans = plans;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<PlanView> plan(Caller caller, UUID participantId) {
        return careAccess.open(caller, participantId, "plan", "read").flatMap(opened -> plans.find(participantId, opened.municipalityId())
                .flatMap(plan -> plan == null ? Uni.createFrom().item(new PlanView(participantId, null, List.of(), List.of()))
                        : view(plan, opened)));
    }

    @WithTransaction
    public Uni<GoalView> addGoal(Caller caller, UUID participantId, NewGoal goal) {
        return careAccess.open(caller, participantId, "plan-goal", "create").flatMap(opened -> {
            requireMayChange(opened);
            return planOf(opened, caller)
                    .flatMap(plan -> plans.persist(Goal.proposed(plan, goal.lifeArea(), goal.category(), goal.description(),
                            goal.targetDate(), clock.instant(), caller.subject())))
                    .map(saved -> new GoalView(saved, List.of()));
        });
    }

    @WithTransaction
    public Uni<GoalView> reviseGoal(Caller caller, UUID participantId, UUID goalId, Revision revision) {
        return careAccess.open(caller, participantId, "plan-goal", "update").flatMap(opened -> {
            requireMayChange(opened);
            return visibleGoal(opened, goalId).flatMap(goal -> {
                GoalStatus was = goal.status;
                if (!goal.revise(revision.description(), revision.targetDate(), revision.status(), clock.instant())) {
                    throw new ProblemException(Problem.of(AgreementsProblems.ILLEGAL_STATUS_CHANGE,
                            "A goal that is " + was.code() + " cannot become " + revision.status().code()));
                }
                return plans.progress(List.of(goal.id)).map(progress -> new GoalView(goal, progress));
            });
        });
    }

    @WithTransaction
    public Uni<ActionView> agreeAction(Caller caller, UUID participantId, NewAction action) {
        return careAccess.open(caller, participantId, "plan-action", "create").flatMap(opened -> {
            requireMayChange(opened);
            Uni<Goal> served = action.goalId() == null ? Uni.createFrom().nullItem() : visibleGoal(opened, action.goalId());
            return served.flatMap(goal -> planOf(opened, caller)
                    .flatMap(plan -> plans.persist(Action.agreed(plan, action.goalId(), action.description(), action.category(),
                            action.responsible(), action.responsibleId(), action.dueDate(), clock.instant(), caller.subject()))))
                    .map(saved -> new ActionView(saved, saved.overdue(NordicTime.today(clock))));
        });
    }

    /**
     * Moves an action on: the coordinator, the deputy or a team lead, or the professional responsible for it. Any other
     * caller who sees it gets 403 {@code plan-not-yours-to-change}; an impossible move is 409 {@code illegal-status-change}.
     */
    @WithTransaction
    public Uni<ActionView> moveAction(Caller caller, UUID participantId, UUID actionId, ActionStatus next) {
        return careAccess.open(caller, participantId, "plan-action", "update").flatMap(opened -> visibleAction(opened, actionId)
                .flatMap(action -> facts.professionalIdsOf(caller.subject()).map(me -> {
                    if (!CHANGE_GOALS.contains(opened.decided().decision().relation()) && !action.carriedOutBy(me)) {
                        throw new ProblemException(Problem.of(AgreementsProblems.PLAN_NOT_YOURS_TO_CHANGE,
                                "Only whoever is responsible for the action, the coordinator, the deputy or a team lead moves it on"));
                    }
                    ActionStatus was = action.status;
                    if (!action.moveTo(next, clock.instant(), caller.subject())) {
                        throw new ProblemException(Problem.of(AgreementsProblems.ILLEGAL_STATUS_CHANGE,
                                "An action that is " + was.code() + " cannot become " + next.code()));
                    }
                    return new ActionView(action, action.overdue(NordicTime.today(clock)));
                })));
    }

    @WithTransaction
    public Uni<ProgressNote> recordProgress(Caller caller, UUID participantId, UUID goalId, Integer rating, String note) {
        return careAccess.open(caller, participantId, "plan-progress", "create").flatMap(opened -> visibleGoal(opened, goalId)
                .flatMap(goal -> plans.persist(ProgressNote.recorded(goal, rating, note, clock.instant(), caller.subject()))));
    }

    /** The person's plan, made now if this is the first thing put in it. */
    private Uni<Plan> planOf(Opened opened, Caller caller) {
        return plans.find(opened.participantId(), opened.municipalityId())
                .flatMap(found -> found != null ? Uni.createFrom().item(found)
                        : plans.persist(Plan.started(opened.participantId(), opened.municipalityId(), clock.instant(), caller.subject())));
    }

    private static void requireMayChange(Opened opened) {
        if (!CHANGE_GOALS.contains(opened.decided().decision().relation())) {
            throw new ProblemException(Problem.of(AgreementsProblems.PLAN_NOT_YOURS_TO_CHANGE,
                    "Goals are set with the person by their coordinator (or the deputy, or a team lead); add your progress instead"));
        }
    }

    /** A goal of the person's plan whose category the caller sees; 404 for one they may not know of. */
    private Uni<Goal> visibleGoal(Opened opened, UUID goalId) {
        return plans.find(opened.participantId(), opened.municipalityId())
                .flatMap(plan -> plan == null ? Uni.createFrom().<Goal>nullItem() : plans.goal(plan.id, goalId))
                .map(goal -> {
                    if (goal == null || !opened.decided().sees(goal.category)) {
                        throw ProblemException.notFound("Goal " + goalId);
                    }
                    return goal;
                });
    }

    /** An action of the person's plan whose category the caller sees; 404 for one they may not know of. */
    private Uni<Action> visibleAction(Opened opened, UUID actionId) {
        return plans.find(opened.participantId(), opened.municipalityId())
                .flatMap(plan -> plan == null ? Uni.createFrom().<Action>nullItem() : plans.action(plan.id, actionId))
                .map(action -> {
                    if (action == null || !opened.decided().sees(action.category)) {
                        throw ProblemException.notFound("Action " + actionId);
                    }
                    return action;
                });
    }

    private Uni<PlanView> view(Plan plan, Opened opened) {
        LocalDate today = NordicTime.today(clock);
        return plans.goals(plan.id).flatMap(goals -> plans.actions(plan.id).flatMap(actions -> {
            List<Goal> visible = goals.stream().filter(goal -> opened.decided().sees(goal.category)).toList();
            List<ActionView> agreed = actions.stream().filter(action -> opened.decided().sees(action.category))
                    .map(action -> new ActionView(action, action.overdue(today)))
                    .sorted(java.util.Comparator.comparing((ActionView view) -> !view.overdue())).toList();
            // The person's own goal is plan content: shown to whom the plan category is open.
            String ownGoal = opened.decided().sees(InformationCategory.PLAN) ? plan.ownGoal : null;
            return plans.progress(visible.stream().map(goal -> goal.id).toList()).map(progress -> new PlanView(plan.participantId,
                    ownGoal, visible.stream().map(goal -> new GoalView(goal,
                            progress.stream().filter(note -> note.goalId.equals(goal.id)).toList())).toList(), agreed));
        }));
    }
}
