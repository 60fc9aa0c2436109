package dev.helhet.coordinators.repository;

import dev.helhet.common.problem.ProblemException;
import dev.helhet.coordinators.domain.Organisation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The organisation registry; an organisation is visible in every municipality it serves. */
@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    private static final String VISIBLE = "id in (select m.organisationId from OrganisationMunicipality m where m.municipalityId = ?1)";

    public Uni<List<Organisation>> visibleIn(String municipalityId) {
        return list(VISIBLE + " order by name, id", municipalityId);
    }

    public Uni<Organisation> requireVisible(UUID id, String municipalityId) {
        return find(VISIBLE + " and id = ?2", municipalityId, id).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Organisation " + id));
    }

    public Uni<List<Organisation>> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }
}
