package dev.helhet.participants.repository;

import dev.helhet.participants.domain.Participant;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Participants, always read within one municipality. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public Uni<Participant> findInMunicipality(UUID id, String municipalityId) {
        return find("id = ?1 and municipalityId = ?2", id, municipalityId).firstResult();
    }

    public Uni<List<Participant>> listInMunicipality(String municipalityId, int page, int size) {
        return find("municipalityId", Sort.descending("registeredAt").and("id"), municipalityId)
                .page(Page.of(page, size))
                .list();
    }

    public Uni<Long> countInMunicipality(String municipalityId) {
        return count("municipalityId", municipalityId);
    }
}
