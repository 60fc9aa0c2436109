package dev.helhet.careaccess.repository;

import dev.helhet.careaccess.ConsentTerms;
import dev.helhet.careaccess.projection.CareConsent;
import io.quarkus.arc.DefaultBean;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Consents from this service's projection of {@code participants.consent.v1} (table care_consent). */
@ApplicationScoped
@DefaultBean
public class ProjectedConsents implements ConsentSource {

    @Override
    public Uni<Map<UUID, List<ConsentTerms>>> consentsOf(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createQuery(
                                "from CareConsent c where c.participantId in :participants", CareConsent.class)
                        .setParameter("participants", participantIds).getResultList())
                .map(found -> found.stream().collect(Collectors.groupingBy(consent -> consent.participantId,
                        Collectors.mapping(CareConsent::terms, Collectors.toList()))));
    }
}
