package dev.helhet.referrals.repository;

import dev.helhet.referrals.domain.DirectoryService;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** DirectoryService rows, always read within one municipality. */
@ApplicationScoped
public class DirectoryServiceRepository implements PanacheRepositoryBase<DirectoryService, UUID> {

    public Uni<List<DirectoryService>> listInMunicipality(String municipalityId) {
        return list("municipalityId", Sort.by("name").and("id"), municipalityId);
    }
}
