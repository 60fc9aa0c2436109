package dev.helhet.agreements.repository;

import dev.helhet.agreements.domain.Action;
import dev.helhet.agreements.domain.ActionStatus;
import dev.helhet.agreements.domain.Goal;
import dev.helhet.agreements.domain.Plan;
import dev.helhet.agreements.domain.ProgressNote;
import dev.helhet.agreements.domain.Responsible;
import dev.helhet.common.persistence.LockedCount;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Plans with their goals and progress notes, always of one person in one municipality. */
@ApplicationScoped
public class PlanRepository {

    public Uni<Plan> find(UUID participantId, String municipalityId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Plan p where p.participantId = :participant and p.municipalityId = :municipality", Plan.class)
                .setParameter("participant", participantId).setParameter("municipality", municipalityId).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    public Uni<Plan> persist(Plan plan) {
        return Panache.getSession().flatMap(session -> session.persist(plan).replaceWith(plan));
    }

    public Uni<List<Goal>> goals(UUID planId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Goal g where g.planId = :plan order by g.createdAt, g.id", Goal.class)
                .setParameter("plan", planId).getResultList());
    }

    public Uni<Goal> goal(UUID planId, UUID goalId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Goal g where g.planId = :plan and g.id = :goal", Goal.class)
                .setParameter("plan", planId).setParameter("goal", goalId).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    public Uni<Goal> persist(Goal goal) {
        return Panache.getSession().flatMap(session -> session.persist(goal).replaceWith(goal));
    }

    public Uni<ProgressNote> persist(ProgressNote progress) {
        return Panache.getSession().flatMap(session -> session.persist(progress).replaceWith(progress));
    }

    public Uni<List<ProgressNote>> progress(Collection<UUID> goalIds) {
        if (goalIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from ProgressNote n where n.goalId in :goals order by n.recordedAt, n.id", ProgressNote.class)
                .setParameter("goals", goalIds).getResultList());
    }

    public Uni<List<Action>> actions(UUID planId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Action a where a.planId = :plan order by a.dueDate nulls last, a.createdAt, a.id", Action.class)
                .setParameter("plan", planId).getResultList());
    }

    public Uni<Action> action(UUID planId, UUID actionId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Action a where a.planId = :plan and a.id = :action", Action.class)
                .setParameter("plan", planId).setParameter("action", actionId).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    /** An action with the person whose plan it is on. */
    public record PlannedAction(UUID participantId, Action action) {
    }

    /** The open actions these professional registrations carry out, on plans of one municipality. */
    public Uni<List<PlannedAction>> openActionsOf(Collection<UUID> professionalIds, String municipalityId) {
        if (professionalIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select p.participantId, a from Action a join Plan p on p.id = a.planId where a.responsible = :teamMember"
                                + " and a.responsibleId in :me and p.municipalityId = :municipality and a.status in :open"
                                + " order by a.dueDate nulls last, a.id", Object[].class)
                .setParameter("teamMember", Responsible.TEAM_MEMBER).setParameter("me", professionalIds)
                .setParameter("municipality", municipalityId).setParameter("open", List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS))
                .getResultList())
                .map(rows -> rows.stream().map(row -> new PlannedAction((UUID) row[0], (Action) row[1])).toList());
    }

    public Uni<Action> persist(Action action) {
        return Panache.getSession().flatMap(session -> session.persist(action).replaceWith(action));
    }

    /** How many goals the plan has, counted with the plan's row locked: additions to one plan are counted one after another. */
    public Uni<Long> goalCountLocked(UUID planId) {
        return LockedCount.of("Plan", planId, "select count(g) from Goal g where g.planId = :id");
    }

    /** How many actions the plan has (decisions of its meetings too), counted with the plan's row locked. */
    public Uni<Long> actionCountLocked(UUID planId) {
        return LockedCount.of("Plan", planId, "select count(a) from Action a where a.planId = :id");
    }

    /** How many progress notes the goal has, counted with the goal's row locked. */
    public Uni<Long> progressCountLocked(UUID goalId) {
        return LockedCount.of("Goal", goalId, "select count(n) from ProgressNote n where n.goalId = :id");
    }
}
