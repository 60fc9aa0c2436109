package dev.helhet.referrals.repository;

import dev.helhet.referrals.domain.Transfer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Transfers between municipalities. */
@ApplicationScoped
public class TransferRepository {

    public Uni<Transfer> find(UUID id) {
        return Panache.getSession().flatMap(session -> session.find(Transfer.class, id));
    }

    public Uni<Transfer> persist(Transfer transfer) {
        return Panache.getSession().flatMap(session -> session.persist(transfer).replaceWith(transfer));
    }

    /** The person's open offer, if any. */
    public Uni<Transfer> openFor(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from Transfer t where t.participantId = :participant and t.status = 'OFFERED'", Transfer.class)
                .setParameter("participant", participantId).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    /** The person's transfers, newest first. */
    public Uni<List<Transfer>> ofPerson(UUID participantId, String fromMunicipality) {
        return Panache.getSession().flatMap(session -> session.createQuery("from Transfer t where t.participantId = :participant"
                        + " and t.fromMunicipalityId = :municipality order by t.offeredAt desc, t.id", Transfer.class)
                .setParameter("participant", participantId).setParameter("municipality", fromMunicipality).getResultList());
    }

    /** Offers to the municipality (open ones, or all when {@code answeredToo}), newest first. */
    public Uni<List<Transfer>> to(String municipalityId, boolean answeredToo) {
        return Panache.getSession().flatMap(session -> session.createQuery("from Transfer t where t.toMunicipalityId = :municipality"
                        + (answeredToo ? " and t.status <> 'WITHDRAWN'" : " and t.status = 'OFFERED'") + " order by t.offeredAt desc, t.id", Transfer.class)
                .setParameter("municipality", municipalityId).setMaxResults(ReferralRepository.LIST_LIMIT).getResultList());
    }
}
