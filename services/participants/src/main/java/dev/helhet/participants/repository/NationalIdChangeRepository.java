package dev.helhet.participants.repository;

import dev.helhet.participants.domain.NationalIdChange;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The history of identity numbers added or changed, per person. */
@ApplicationScoped
public class NationalIdChangeRepository implements PanacheRepositoryBase<NationalIdChange, UUID> {

    public Uni<List<NationalIdChange>> forParticipant(UUID participantId) {
        return list("participantId = ?1 order by changedAt desc", participantId);
    }

    /** The changes that took this number (by its lookup hash) off a record, newest first. */
    public Uni<List<NationalIdChange>> tookOff(byte[] lookup) {
        return list("previousLookup = ?1 order by changedAt desc", lookup);
    }
}
