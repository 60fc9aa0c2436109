package dev.helhet.common.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/**
 * Counts what a record holds with the record's row locked for the rest of the transaction, so that two requests adding
 * to the same record count one after the other and a {@link dev.helhet.common.input.CollectionLimit} holds.
 */
public final class LockedCount {

    private LockedCount() {
    }

    /**
     * Locks the {@code owner} entity with this {@code id}, then runs {@code count}, a HQL count with the parameter
     * {@code :id}. Call within a transaction.
     */
    public static Uni<Long> of(String owner, UUID id, String count) {
        return of(owner, "id", id, count);
    }

    /** As {@link #of(String, UUID, String)}, for an owner whose identifier is the attribute {@code key}. */
    public static Uni<Long> of(String owner, String key, UUID id, String count) {
        return Panache.getSession().flatMap(session -> session.createQuery("from " + owner + " o where o." + key + " = :id", Object.class)
                .setParameter("id", id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .chain(() -> session.createQuery(count, Long.class).setParameter("id", id).getSingleResult()));
    }
}
