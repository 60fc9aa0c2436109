package dev.helhet.agreements.repository;

import dev.helhet.agreements.domain.CollaborationAgreement;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** CollaborationAgreement rows, always read within one municipality. */
@ApplicationScoped
public class CollaborationAgreementRepository implements PanacheRepositoryBase<CollaborationAgreement, UUID> {

    public Uni<List<CollaborationAgreement>> listInMunicipality(String municipalityId) {
        return list("municipalityId", Sort.by("title").and("id"), municipalityId);
    }
}
