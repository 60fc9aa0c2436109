package dev.helhet.coordinators.repository;

import dev.helhet.coordinators.domain.ConsentGrant;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Consents known from events. */
@ApplicationScoped
public class ConsentGrantRepository implements PanacheRepositoryBase<ConsentGrant, UUID> {

    public Uni<List<ConsentGrant>> forParticipant(UUID participantId) {
        return list("participantId", participantId);
    }
}
