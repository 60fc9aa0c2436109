package dev.helhet.careaccess.repository;

import dev.helhet.common.persistence.UncachedPlan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/**
 * Which municipalities each organisation serves — what a consent's receiver, an agreement's parties and a directory entry's
 * provider are checked against — and its name in the registry.
 */
@ApplicationScoped
public class CareOrganisations {

    /** Replaces the organisation's name, kind and what it serves with {@code municipalityIds} (call within a transaction). */
    public Uni<Void> replace(UUID organisationId, String name, String type, List<String> municipalityIds) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                                insert into care_organisation_name (organisation_id, name, type) values (:organisation, :name, :type)
                                on conflict (organisation_id) do update set name = excluded.name, type = excluded.type""")
                        .setParameter("organisation", organisationId).setParameter("name", name).setParameter("type", type).executeUpdate()
                        .chain(() -> session.createNativeQuery("delete from care_organisation_municipality where organisation_id = :organisation")
                                .setParameter("organisation", organisationId).executeUpdate())
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
        return Panache.getSession().flatMap(session -> UncachedPlan.bind(session.createNativeQuery("""
                        select count(*) from care_organisation_municipality
                         where organisation_id = :organisation and municipality_id = :municipality and %s""".formatted(UncachedPlan.CONDITION),
                        Long.class))
                .setParameter("organisation", organisationId).setParameter("municipality", municipalityId)
                .getSingleResult())
                .map(count -> count > 0);
    }

    /** Whether any organisation of the registry serves the municipality (it is one the platform knows). */
    public Uni<Boolean> anyServes(String municipalityId) {
        return Panache.getSession().flatMap(session -> UncachedPlan.bind(session.createNativeQuery(
                        "select count(*) from care_organisation_municipality where municipality_id = :municipality and " + UncachedPlan.CONDITION,
                        Long.class))
                .setParameter("municipality", municipalityId).getSingleResult())
                .map(count -> count > 0);
    }

    /** The registry's kind of the organisation (nav-office, adult-education, ...); null for one this service has not heard of. */
    public Uni<String> typeOf(UUID organisationId) {
        return Panache.getSession().flatMap(session -> UncachedPlan.bind(session.createNativeQuery(
                        "select type from care_organisation_name where organisation_id = :organisation and " + UncachedPlan.CONDITION, String.class))
                .setParameter("organisation", organisationId).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    /** The registry's names of these organisations (those this service has heard of). */
    public Uni<java.util.Map<UUID, String>> names(java.util.Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Uni.createFrom().item(java.util.Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select organisation_id, name from care_organisation_name where organisation_id in (:organisations)", Object[].class)
                .setParameter("organisations", organisationIds).getResultList())
                .map(rows -> rows.stream().collect(java.util.stream.Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1])));
    }
}
