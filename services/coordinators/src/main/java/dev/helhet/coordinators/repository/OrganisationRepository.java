package dev.helhet.coordinators.repository;

import dev.helhet.coordinators.domain.Organisation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Organisation rows, always read within one municipality. */
@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    public Uni<List<Organisation>> listInMunicipality(String municipalityId) {
        return list("municipalityId", Sort.by("name").and("id"), municipalityId);
    }
}
