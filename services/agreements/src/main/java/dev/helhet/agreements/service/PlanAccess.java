package dev.helhet.agreements.service;

import dev.helhet.agreements.domain.Action;
import dev.helhet.agreements.domain.Goal;
import dev.helhet.agreements.domain.Plan;
import dev.helhet.agreements.repository.PlanRepository;
import dev.helhet.careaccess.CareRelation;
import dev.helhet.careaccess.service.CareAccess;
import dev.helhet.careaccess.service.CareAccess.Opened;
import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.contracts.IntegrationEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/**
 * How every part of the plan is reached: the person opened through care access (read, change and refusal in their access
 * log), the plan made on first use, who may change it (the coordinator, the deputy, a team lead), the items the caller's
 * categories show (others are 404, as if unknown), and the plan's events, keyed by the person.
 */
@ApplicationScoped
public class PlanAccess {

    private static final Set<CareRelation> KEEP_THE_PLAN = Set.of(CareRelation.COORDINATOR, CareRelation.DEPUTY, CareRelation.TEAM_LEAD);

    private final CareAccess careAccess;
    private final PlanRepository plans;
    private final EventPublisher events;
    private final Clock clock;

    public PlanAccess(CareAccess careAccess, PlanRepository plans, EventPublisher events, Clock clock) {
        this.careAccess = careAccess;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /** The person, when the caller may see them; 404 otherwise. Call within a transaction. */
    public Uni<Opened> open(Caller caller, UUID participantId, String resource, String action) {
        return careAccess.open(caller, participantId, resource, action);
    }

    /** Whether the caller keeps the plan: the person's coordinator, the deputy or a team lead. */
    public static boolean keepsThePlan(Opened opened) {
        return KEEP_THE_PLAN.contains(opened.decided().decision().relation());
    }

    /** Refuses (403 {@code plan-not-yours-to-change}) whoever does not keep the plan. */
    public static void requireKeepsThePlan(Opened opened) {
        if (!keepsThePlan(opened)) {
            throw new ProblemException(Problem.of(AgreementsProblems.PLAN_NOT_YOURS_TO_CHANGE,
                    "Goals, actions and meetings are agreed with the person by their coordinator (or the deputy, or a team lead);"
                            + " add your progress instead"));
        }
    }

    /** The person's plan, made now if this is the first thing put in it. */
    public Uni<Plan> planOf(Opened opened, Caller caller) {
        return planOf(opened.participantId(), opened.municipalityId(), caller);
    }

    /** The plan of a person in a municipality, made now if this is the first thing put in it. */
    public Uni<Plan> planOf(UUID participantId, String municipalityId, Caller caller) {
        return plans.find(participantId, municipalityId)
                .flatMap(found -> found != null ? Uni.createFrom().item(found)
                        : plans.persist(Plan.started(participantId, municipalityId, clock.instant(), caller.subject())));
    }

    /** A goal of the person's plan whose category the caller sees; 404 for one they may not know of. */
    public Uni<Goal> visibleGoal(Opened opened, UUID goalId) {
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
    public Uni<Action> visibleAction(Opened opened, UUID actionId) {
        return plans.find(opened.participantId(), opened.municipalityId())
                .flatMap(plan -> plan == null ? Uni.createFrom().<Action>nullItem() : plans.action(plan.id, actionId))
                .map(action -> {
                    if (action == null || !opened.decided().sees(action.category)) {
                        throw ProblemException.notFound("Action " + actionId);
                    }
                    return action;
                });
    }

    /** Publishes a plan or meeting event of the person (outbox, same transaction), keyed by the person so their events stay in order. */
    public Uni<Void> publish(Caller caller, UUID participantId, String municipalityId, IntegrationEvent event) {
        return events.publish(event, municipalityId, participantId.toString(), caller.actor()).replaceWithVoid();
    }
}
