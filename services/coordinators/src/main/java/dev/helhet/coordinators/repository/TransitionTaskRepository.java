package dev.helhet.coordinators.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.UUID;

/** The projection of referrals.transition.v1 the caseload reads: each task's person, rule, date and status. */
@ApplicationScoped
public class TransitionTaskRepository {

    /** Due by this date (again, when the programme's end moved); a task met or cancelled already stays so. */
    public Uni<Void> due(UUID taskId, UUID participantId, String rule, LocalDate dueDate) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into transition_task (task_id, participant_id, rule, due_date, status) values (:task, :participant, :rule, :due, 'due')
                        on conflict (task_id) do update set due_date = excluded.due_date where transition_task.status = 'due'""")
                .setParameter("task", taskId).setParameter("participant", participantId).setParameter("rule", rule)
                .setParameter("due", dueDate).executeUpdate()).replaceWithVoid();
    }

    /** Met or cancelled: off the caseload (kept, if it arrives before the task was due here, so a late TransitionDue cannot revive it). */
    public Uni<Void> closed(UUID taskId, UUID participantId, String rule, String status) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into transition_task (task_id, participant_id, rule, due_date, status) values (:task, :participant, :rule, date '1900-01-01', :status)
                        on conflict (task_id) do update set status = excluded.status""")
                .setParameter("task", taskId).setParameter("participant", participantId).setParameter("rule", rule)
                .setParameter("status", status).executeUpdate()).replaceWithVoid();
    }
}
