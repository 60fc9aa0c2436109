package dev.helhet.agreements.service;

import dev.helhet.agreements.domain.CollaborationAgreement;
import dev.helhet.agreements.repository.CollaborationAgreementRepository;
import dev.helhet.common.tenancy.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Collaboration agreements, always those of the municipality the caller acts for. */
@ApplicationScoped
public class CollaborationAgreementService {

    private final CollaborationAgreementRepository agreements;

    public CollaborationAgreementService(CollaborationAgreementRepository agreements) {
        this.agreements = agreements;
    }

    @WithSession
    public Uni<List<CollaborationAgreement>> list(Caller caller) {
        return agreements.listInMunicipality(caller.municipalityId());
    }
}
