package dev.helhet.referrals.repository;

import dev.helhet.referrals.domain.TransitionRule;
import dev.helhet.referrals.domain.TransitionRuleSetting;
import dev.helhet.referrals.domain.TransitionTask;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The municipalities' rule settings and the transition tasks. */
@ApplicationScoped
public class TransitionRepository {

    /** The rule settings the municipality's admin has stored (the others apply as defaults). */
    public Uni<List<TransitionRuleSetting>> settings(String municipalityId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from TransitionRuleSetting s where s.municipalityId = :municipality", TransitionRuleSetting.class)
                .setParameter("municipality", municipalityId).getResultList());
    }

    public Uni<TransitionRuleSetting> setting(String municipalityId, TransitionRule rule) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from TransitionRuleSetting s where s.municipalityId = :municipality and s.rule = :rule", TransitionRuleSetting.class)
                .setParameter("municipality", municipalityId).setParameter("rule", rule).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    public <T> Uni<T> persist(T entity) {
        return Panache.getSession().flatMap(session -> session.persist(entity).replaceWith(entity));
    }

    /** The task of a rule for an enrolment, whatever its status; null when there is none. */
    public Uni<TransitionTask> task(UUID enrolmentId, TransitionRule rule) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from TransitionTask t where t.enrolmentId = :enrolment and t.rule = :rule", TransitionTask.class)
                .setParameter("enrolment", enrolmentId).setParameter("rule", rule).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    /** The tasks of an enrolment, whatever their status. */
    public Uni<List<TransitionTask>> ofEnrolment(UUID enrolmentId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from TransitionTask t where t.enrolmentId = :enrolment", TransitionTask.class)
                .setParameter("enrolment", enrolmentId).getResultList());
    }

    /** A person's tasks in a municipality, the due ones first by date. */
    public Uni<List<TransitionTask>> ofPerson(UUID participantId, String municipalityId) {
        return Panache.getSession().flatMap(session -> session.createQuery("from TransitionTask t where t.participantId = :participant"
                        + " and t.municipalityId = :municipality order by case when t.status = 'DUE' then 0 else 1 end, t.dueDate, t.id",
                        TransitionTask.class)
                .setParameter("participant", participantId).setParameter("municipality", municipalityId).getResultList());
    }

    /** A person's tasks still due. */
    public Uni<List<TransitionTask>> dueFor(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from TransitionTask t where t.participantId = :participant and t.status = 'DUE'", TransitionTask.class)
                .setParameter("participant", participantId).getResultList());
    }
}
