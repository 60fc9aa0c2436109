package dev.helhet.notifications.repository;

import dev.helhet.common.paging.PageRequest;
import dev.helhet.notifications.domain.Subscription;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Subscriptions, always read for one partner client in one municipality, or for one municipality's events. */
@ApplicationScoped
public class SubscriptionRepository {

    public Uni<Subscription> persist(Subscription subscription) {
        return Panache.getSession().flatMap(session -> session.persist(subscription).replaceWith(subscription));
    }

    public Uni<Void> delete(Subscription subscription) {
        return Panache.getSession().flatMap(session -> session.remove(subscription));
    }

    /** The client's subscription with this id in the municipality, or null: another client's is not found. */
    public Uni<Subscription> findOwned(UUID id, String municipalityId, String clientId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Subscription where id = :id and municipalityId = :municipality and clientId = :client", Subscription.class)
                .setParameter("id", id).setParameter("municipality", municipalityId).setParameter("client", clientId)
                .getSingleResultOrNull());
    }

    /**
     * How many subscriptions the client has in the municipality, counted under a transaction-long advisory lock on the
     * pair, so two subscriptions made at once count one after the other. Call within a transaction.
     */
    public Uni<Long> countOwnedLocked(String municipalityId, String clientId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                        .setParameter("key", "subscription:" + municipalityId + ":" + clientId).getSingleResult()
                .chain(() -> countOwned(municipalityId, clientId)));
    }

    public Uni<Long> countOwned(String municipalityId, String clientId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select count(*) from Subscription where municipalityId = :municipality and clientId = :client", Long.class)
                .setParameter("municipality", municipalityId).setParameter("client", clientId).getSingleResult());
    }

    /** A page of the client's subscriptions in the municipality, oldest first. */
    public Uni<List<Subscription>> pageOwned(String municipalityId, String clientId, PageRequest page) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Subscription where municipalityId = :municipality and clientId = :client order by createdAt, id", Subscription.class)
                .setParameter("municipality", municipalityId).setParameter("client", clientId)
                .setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList());
    }

    /** Every subscription in the municipality: the candidates for one of its events (a few per partner client). */
    public Uni<List<Subscription>> inMunicipality(String municipalityId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Subscription where municipalityId = :municipality", Subscription.class)
                .setParameter("municipality", municipalityId).getResultList());
    }

    public Uni<List<Subscription>> byIds(Collection<UUID> ids) {
        return Panache.getSession().flatMap(session -> session.createQuery("from Subscription where id in :ids", Subscription.class)
                .setParameter("ids", ids).getResultList());
    }
}
