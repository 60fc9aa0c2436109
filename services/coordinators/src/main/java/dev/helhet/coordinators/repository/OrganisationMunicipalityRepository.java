package dev.helhet.coordinators.repository;

import dev.helhet.coordinators.domain.OrganisationMunicipality;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Which municipalities each organisation serves. */
@ApplicationScoped
public class OrganisationMunicipalityRepository implements PanacheRepositoryBase<OrganisationMunicipality, OrganisationMunicipality.Key> {

    public Uni<List<OrganisationMunicipality>> forOrganisations(Collection<UUID> organisationIds) {
        return organisationIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("organisationId in ?1 order by municipalityId", organisationIds);
    }

    public Uni<Long> deleteFor(UUID organisationId) {
        return delete("organisationId", organisationId);
    }
}
