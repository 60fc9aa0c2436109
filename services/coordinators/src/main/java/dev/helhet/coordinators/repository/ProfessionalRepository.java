package dev.helhet.coordinators.repository;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.coordinators.domain.Professional;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Professionals, found by id within a municipality or by their Keycloak subject. */
@ApplicationScoped
public class ProfessionalRepository implements PanacheRepositoryBase<Professional, UUID> {

    public Uni<Professional> bySubject(String subject) {
        return find("subject", subject).firstResult();
    }

    public Uni<List<Professional>> inMunicipality(String municipalityId) {
        return list("municipalityId = ?1 order by name, id", municipalityId);
    }

    public Uni<Professional> requireInMunicipality(UUID id, String municipalityId) {
        return find("id = ?1 and municipalityId = ?2", id, municipalityId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Professional " + id));
    }

    public Uni<List<Professional>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }
}
