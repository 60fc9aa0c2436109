package dev.helhet.participants.repository;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.participants.domain.NetworkPerson;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Network persons of participants. */
@ApplicationScoped
public class NetworkPersonRepository implements PanacheRepositoryBase<NetworkPerson, UUID> {

    public Uni<List<NetworkPerson>> current(UUID participantId) {
        return list("participantId = ?1 and removedAt is null order by addedAt, id", participantId);
    }

    public Uni<List<NetworkPerson>> all(UUID participantId) {
        return list("participantId = ?1 order by addedAt, id", participantId);
    }

    public Uni<NetworkPerson> requireCurrent(UUID participantId, UUID networkPersonId) {
        return find("id = ?1 and participantId = ?2 and removedAt is null", networkPersonId, participantId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Network person " + networkPersonId));
    }
}
