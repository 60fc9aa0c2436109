package dev.helhet.participants.repository;

import dev.helhet.careaccess.ConsentTerms;
import dev.helhet.careaccess.repository.ConsentSource;
import dev.helhet.participants.domain.Consent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Need-to-know reads the consents this service holds, not a projection of them: a revocation counts in the
 * transaction that records it.
 */
@ApplicationScoped
public class OwnConsents implements ConsentSource {

    @Override
    public Uni<Map<UUID, List<ConsentTerms>>> consentsOf(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createQuery(
                                "from Consent c where c.participantId in :participants", Consent.class)
                        .setParameter("participants", participantIds).getResultList())
                .map(found -> found.stream().collect(Collectors.groupingBy(consent -> consent.participantId,
                        Collectors.mapping(Consent::terms, Collectors.toList()))));
    }
}
