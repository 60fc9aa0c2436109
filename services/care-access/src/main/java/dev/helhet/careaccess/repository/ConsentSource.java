package dev.helhet.careaccess.repository;

import dev.helhet.careaccess.ConsentTerms;
import io.smallrye.mutiny.Uni;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a service reads people's consents from: its projection of {@code participants.consent.v1} by default
 * ({@link ProjectedConsents}); the participants service, which holds the consents, reads its own.
 */
public interface ConsentSource {

    /** The consents of these people, whatever their status, by person. */
    Uni<Map<UUID, List<ConsentTerms>>> consentsOf(Collection<UUID> participantIds);

    /** One person's consents, whatever their status. */
    default Uni<List<ConsentTerms>> consentsOf(UUID participantId) {
        return consentsOf(List.of(participantId)).map(found -> found.getOrDefault(participantId, List.of()));
    }
}
