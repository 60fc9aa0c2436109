package dev.helhet.coordinators.repository;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.coordinators.domain.ParticipantRef;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Participants known from events. */
@ApplicationScoped
public class ParticipantRefRepository implements PanacheRepositoryBase<ParticipantRef, UUID> {

    /** The participant, if of this municipality; 404 otherwise (also when not yet known from events). */
    public Uni<ParticipantRef> requireInMunicipality(UUID participantId, String municipalityId) {
        return find("participantId = ?1 and municipalityId = ?2", participantId, municipalityId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Participant " + participantId));
    }
}
