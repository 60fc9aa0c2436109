package dev.helhet.careaccess.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Which municipalities each organisation serves: what a consent's receiver and an agreement's parties are checked against. */
@ApplicationScoped
public class CareOrganisations {

    /** Replaces what the organisation serves with {@code municipalityIds} (call within a transaction). */
    public Uni<Void> replace(UUID organisationId, List<String> municipalityIds) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                                "delete from care_organisation_municipality where organisation_id = :organisation")
                        .setParameter("organisation", organisationId).executeUpdate()
                        .flatMap(deleted -> Multi.createFrom().iterable(municipalityIds)
                                .onItem().transformToUniAndConcatenate(municipality -> session.createNativeQuery("""
                                                insert into care_organisation_municipality (organisation_id, municipality_id)
                                                values (:organisation, :municipality) on conflict do nothing""")
                                        .setParameter("organisation", organisationId).setParameter("municipality", municipality)
                                        .executeUpdate())
                                .collect().asList()))
                .replaceWithVoid();
    }

    /** Whether the organisation is known here and serves the municipality. */
    public Uni<Boolean> serves(UUID organisationId, String municipalityId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        select count(*) from care_organisation_municipality
                         where organisation_id = :organisation and municipality_id = :municipality""", Long.class)
                .setParameter("organisation", organisationId).setParameter("municipality", municipalityId)
                .getSingleResult())
                .map(count -> count > 0);
    }
}
