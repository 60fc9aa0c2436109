package dev.helhet.notifications.repository;

import dev.helhet.common.paging.PageRequest;
import dev.helhet.notifications.domain.Delivery;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Deliveries: written by the consumer, claimed and updated by the sender, read as the partner's delivery log. */
@ApplicationScoped
public class DeliveryRepository {

    /** Writes the delivery unless the subscription has one of this event already (a redelivered event); true when written. */
    public Uni<Boolean> insertOnce(Delivery delivery) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into delivery (id, subscription_id, event_id, event_type, municipality_id, subject_kind, subject_id,
                                              occurred_at, status, attempts, next_attempt_at, created_at)
                        values (:id, :subscription, :event, :type, :municipality, :kind, :subject, :occurred, :status, 0, :next, :created)
                        on conflict on constraint delivery_once do nothing""")
                .setParameter("id", delivery.id)
                .setParameter("subscription", delivery.subscriptionId)
                .setParameter("event", delivery.eventId)
                .setParameter("type", delivery.eventType)
                .setParameter("municipality", delivery.municipalityId)
                .setParameter("kind", delivery.subjectKind)
                .setParameter("subject", delivery.subjectId)
                .setParameter("occurred", delivery.occurredAt)
                .setParameter("status", delivery.status.name())
                .setParameter("next", delivery.nextAttemptAt)
                .setParameter("created", delivery.createdAt)
                .executeUpdate()
                .map(inserted -> inserted == 1));
    }

    /**
     * Claims up to {@code most} deliveries due by {@code now}, skipping those another sender holds, and moves their next
     * attempt to {@code leaseUntil}: a sender that dies mid-send leaves them to be tried again then. Call within a transaction.
     */
    @SuppressWarnings("unchecked")
    public Uni<List<Delivery>> claimDue(Instant now, Instant leaseUntil, int most) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                                select id from delivery where status = 'PENDING' and next_attempt_at <= :now
                                order by next_attempt_at limit :most for update skip locked""", UUID.class)
                        .setParameter("now", now).setParameter("most", most).getResultList()
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Delivery>of())
                        : session.createQuery("from Delivery where id in :ids", Delivery.class).setParameter("ids", ids).getResultList()
                        .invoke(claimed -> claimed.forEach(delivery -> delivery.nextAttemptAt = leaseUntil))));
    }

    public Uni<List<Delivery>> byIds(Collection<UUID> ids) {
        return Panache.getSession().flatMap(session -> session.createQuery("from Delivery where id in :ids", Delivery.class)
                .setParameter("ids", ids).getResultList());
    }

    public Uni<Long> countOf(UUID subscriptionId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select count(*) from Delivery where subscriptionId = :subscription", Long.class)
                .setParameter("subscription", subscriptionId).getSingleResult());
    }

    /** A page of the subscription's deliveries, newest first. */
    public Uni<List<Delivery>> pageOf(UUID subscriptionId, PageRequest page) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Delivery where subscriptionId = :subscription order by createdAt desc, id", Delivery.class)
                .setParameter("subscription", subscriptionId)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList());
    }

    /** Removes deliveries older than the log keeps; the number removed. */
    public Uni<Integer> deleteCreatedBefore(Instant before) {
        return Panache.getSession().flatMap(session -> session.createMutationQuery("delete from Delivery where createdAt < :before")
                .setParameter("before", before).executeUpdate());
    }
}
