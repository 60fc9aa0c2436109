package dev.helhet.coordinators.repository;

import dev.helhet.coordinators.domain.CoordinatorAssignment;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Coordinator assignments: the active one and the history. */
@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<CoordinatorAssignment, UUID> {

    public Uni<CoordinatorAssignment> active(UUID participantId) {
        return find("participantId = ?1 and endedAt is null", participantId).firstResult();
    }

    public Uni<List<CoordinatorAssignment>> history(UUID participantId) {
        return list("participantId = ?1 order by assignedAt desc, id desc", participantId);
    }
}
