package dev.helhet.coordinators.repository;

import dev.helhet.coordinators.projection.ParticipantNetworkPerson;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Network persons known from events. */
@ApplicationScoped
public class ParticipantNetworkPersonRepository implements PanacheRepositoryBase<ParticipantNetworkPerson, UUID> {

    public Uni<List<ParticipantNetworkPerson>> current(UUID participantId) {
        return list("participantId = ?1 and removed = false", participantId);
    }
}
