package dev.helhet.agreements.service;

import dev.helhet.agreements.domain.Action;
import dev.helhet.agreements.domain.ActionStatus;
import dev.helhet.agreements.domain.PlanLimits;
import dev.helhet.agreements.repository.MeetingRepository;
import dev.helhet.agreements.repository.PlanRepository;
import dev.helhet.careaccess.repository.CareFactsRepository;
import dev.helhet.careaccess.service.CareAccess;
import dev.helhet.careaccess.service.CareAccess.Opened;
import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.time.NordicTime;
import dev.helhet.contracts.agreements.ActionAgreed;
import dev.helhet.contracts.agreements.ActionRevised;
import dev.helhet.contracts.agreements.ActionStatusChanged;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The plan's binding actions: agreed (on the plan or as a meeting's decision) and revised by whoever keeps the plan, moved
 * on by them or by whoever carries the action out, and each professional's own open actions across their people.
 */
@ApplicationScoped
public class ActionService {

    /**
     * An agreed action, whether it is overdue today, and whether the caller may know the meeting that decided it (a
     * meeting in a category closed to them, or an internal one for the person, is not named).
     */
    public record ActionView(Action action, boolean overdue, boolean meetingShown) {
    }

    /** An action the caller carries out, with the person it is for. */
    public record OwnAction(UUID participantId, ActionView view) {
    }

    private final PlanAccess access;
    private final PlanRepository plans;
    private final MeetingRepository meetings;
    private final CareFactsRepository facts;
    private final CareAccess careAccess;
    private final AccessAudit audit;
    private final Clock clock;

    public ActionService(PlanAccess access, PlanRepository plans, MeetingRepository meetings, CareFactsRepository facts, CareAccess careAccess,
                         AccessAudit audit, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.meetings = meetings;
        this.facts = facts;
        this.careAccess = careAccess;
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<ActionView> agree(Caller caller, UUID participantId, Action.Terms terms) {
        return access.open(caller, participantId, "plan-action", "create").flatMap(opened -> {
            PlanAccess.requireKeepsThePlan(opened);
            return agreed(opened, caller, terms, null);
        });
    }

    /** Puts an agreed action on the opened person's plan ({@code meetingId}: the meeting that decided it), with its event. */
    Uni<ActionView> agreed(Opened opened, Caller caller, Action.Terms terms, UUID meetingId) {
        Uni<?> goalSeen = terms.goalId() == null ? Uni.createFrom().nullItem() : access.visibleGoal(opened, terms.goalId());
        return goalSeen.flatMap(goal -> access.planOf(opened, caller))
                .call(plan -> plans.actionCountLocked(plan.id).invoke(PlanLimits.ACTIONS_OF_A_PLAN::admitOneMore))
                .flatMap(plan -> plans.persist(Action.agreed(plan, terms, meetingId, clock.instant(), caller.subject())))
                .call(saved -> access.publish(caller, opened.participantId(), opened.municipalityId(), new ActionAgreed(saved.id,
                        opened.participantId(), saved.goalId, meetingId, saved.category.code(), saved.responsible.code(),
                        saved.responsibleId, saved.dueDate)))
                .map(this::view);
    }

    /** Rewords, re-dates or hands over an open action; a done or cancelled one stays as it was agreed (409). */
    @WithTransaction
    public Uni<ActionView> revise(Caller caller, UUID participantId, UUID actionId, Action.Terms terms) {
        return access.open(caller, participantId, "plan-action", "update").flatMap(opened -> {
            PlanAccess.requireKeepsThePlan(opened);
            Uni<?> goalSeen = terms.goalId() == null ? Uni.createFrom().nullItem() : access.visibleGoal(opened, terms.goalId());
            return goalSeen.flatMap(goal -> access.visibleAction(opened, actionId)).flatMap(action -> {
                if (!action.status.open()) {
                    throw new ProblemException(Problem.of(AgreementsProblems.ILLEGAL_STATUS_CHANGE,
                            "An action that is " + action.status.code() + " is kept as it was agreed"));
                }
                action.agree(terms);
                return access.publish(caller, participantId, opened.municipalityId(), new ActionRevised(action.id, participantId,
                        action.goalId, action.category.code(), action.responsible.code(), action.responsibleId, action.dueDate))
                        .flatMap(sent -> viewFor(opened, action));
            });
        });
    }

    /**
     * Moves an action on: the coordinator, the deputy or a team lead, or the professional responsible for it (who does not
     * cancel it). Any other caller who sees it gets 403 {@code plan-not-yours-to-change}; an impossible move is 409
     * {@code illegal-status-change}.
     */
    @WithTransaction
    public Uni<ActionView> move(Caller caller, UUID participantId, UUID actionId, ActionStatus next) {
        return access.open(caller, participantId, "plan-action", "update").flatMap(opened -> access.visibleAction(opened, actionId)
                .flatMap(action -> facts.professionalIdsOf(caller.subject()).flatMap(me -> {
                    if (!PlanAccess.keepsThePlan(opened) && !action.carriedOutBy(me)) {
                        throw new ProblemException(Problem.of(AgreementsProblems.PLAN_NOT_YOURS_TO_CHANGE,
                                "Only whoever is responsible for the action, the coordinator, the deputy or a team lead moves it on"));
                    }
                    if (!PlanAccess.keepsThePlan(opened) && next == ActionStatus.CANCELLED) {
                        throw new ProblemException(Problem.of(AgreementsProblems.PLAN_NOT_YOURS_TO_CHANGE,
                                "An agreement is called off with the person by whoever keeps the plan; mark how far you got instead"));
                    }
                    return moved(caller, participantId, opened.municipalityId(), action, next)
                            .flatMap(moved -> viewFor(opened, moved.action()));
                })));
    }

    /** Moves the action and says so on the plan topic; 409 {@code illegal-status-change} for a move its status does not allow. */
    Uni<ActionView> moved(Caller caller, UUID participantId, String municipalityId, Action action, ActionStatus next) {
        ActionStatus was = action.status;
        if (!action.moveTo(next, clock.instant(), caller.subject())) {
            throw new ProblemException(Problem.of(AgreementsProblems.ILLEGAL_STATUS_CHANGE,
                    "An action that is " + was.code() + " cannot become " + next.code()));
        }
        Uni<Void> said = was == next ? Uni.createFrom().voidItem()
                : access.publish(caller, participantId, municipalityId, new ActionStatusChanged(action.id, participantId, was.code(), next.code()));
        // Who moved it may not know the meeting behind it (the person, of an internal one): callers name it where they may.
        return said.map(sent -> view(action, false));
    }

    /**
     * The open actions the caller carries out, across their people, overdue first: only those of people they may still see
     * and in categories open to them (a consent withdrawn hides them here too). Each person on the page is in their access log.
     */
    @WithTransaction
    public Uni<Page<OwnAction>> mine(Caller caller, PageRequest paging) {
        return facts.professionalIdsOf(caller.subject()).flatMap(me -> plans.openActionsOf(me, caller.municipalityId()))
                .flatMap(found -> Multi.createFrom().iterable(found.stream().map(PlanRepository.PlannedAction::participantId).distinct().toList())
                        .onItem().transformToUniAndConcatenate(person -> careAccess.decide(caller, person, caller.municipalityId())
                                .map(decided -> found.stream().filter(planned -> planned.participantId().equals(person))
                                        .filter(planned -> decided.sees(planned.action().category))
                                        // The start page links to the plan, not to the meeting.
                                        .map(planned -> new OwnAction(person, view(planned.action(), false))).toList()))
                        .collect().asList())
                .map(perPerson -> perPerson.stream().flatMap(List::stream)
                        .sorted(Comparator.comparing((OwnAction own) -> !own.view().overdue())
                                .thenComparing(own -> own.view().action().dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                        .toList())
                .map(all -> Page.of(all, paging))
                .call(shown -> audit.listed(caller, caller.municipalityId(), shown.items().stream().map(OwnAction::participantId).distinct().toList(),
                        "my-actions"));
    }

    /** The action where the caller sees its meeting too (or it has none). */
    ActionView view(Action action) {
        return view(action, true);
    }

    ActionView view(Action action, boolean meetingShown) {
        return new ActionView(action, action.overdue(NordicTime.today(clock)), action.meetingId != null && meetingShown);
    }

    /** The action as the opened caller may see it: its meeting named only when that meeting's category is open to them. */
    private Uni<ActionView> viewFor(Opened opened, Action action) {
        if (action.meetingId == null) {
            return Uni.createFrom().item(view(action, false));
        }
        return meetings.find(action.meetingId).map(found -> view(action, found != null && opened.decided().sees(found.meeting().category)));
    }
}
