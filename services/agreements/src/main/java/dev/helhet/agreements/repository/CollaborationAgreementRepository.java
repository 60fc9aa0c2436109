package dev.helhet.agreements.repository;

import dev.helhet.agreements.domain.CollaborationAgreement;
import dev.helhet.agreements.domain.CollaborationParty;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Collaboration agreements and their parties, always read within one municipality. */
@ApplicationScoped
public class CollaborationAgreementRepository {

    public Uni<List<CollaborationAgreement>> inMunicipality(String municipalityId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from CollaborationAgreement a where a.municipalityId = :municipality order by a.title, a.id", CollaborationAgreement.class)
                .setParameter("municipality", municipalityId).getResultList());
    }

    /** The agreement of the municipality with this id, or null. */
    public Uni<CollaborationAgreement> find(String municipalityId, UUID id) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from CollaborationAgreement a where a.municipalityId = :municipality and a.id = :id", CollaborationAgreement.class)
                .setParameter("municipality", municipalityId).setParameter("id", id).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    public Uni<List<CollaborationParty>> parties(Collection<UUID> agreementIds) {
        if (agreementIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from CollaborationParty p where p.agreementId in :agreements order by p.position", CollaborationParty.class)
                .setParameter("agreements", agreementIds).getResultList());
    }

    public Uni<CollaborationAgreement> persist(CollaborationAgreement agreement, List<CollaborationParty> parties) {
        return Panache.getSession().flatMap(session -> session.persist(agreement).chain(session::flush)
                .chain(() -> session.persistAll(parties.toArray())).replaceWith(agreement));
    }

    /** Replaces the agreement's parties. */
    public Uni<Void> replaceParties(CollaborationAgreement agreement, List<CollaborationParty> parties) {
        return Panache.getSession().flatMap(session -> session.createMutationQuery(
                        "delete from CollaborationParty p where p.agreementId = :agreement")
                .setParameter("agreement", agreement.id).executeUpdate()
                .chain(session::flush)
                .chain(() -> session.persistAll(parties.toArray())));
    }
}
