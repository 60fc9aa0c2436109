package dev.helhet.referrals.service;

import dev.helhet.common.tenancy.Caller;
import dev.helhet.referrals.domain.DirectoryService;
import dev.helhet.referrals.repository.DirectoryServiceRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The directory of services people can be referred to, always that of the municipality the caller acts for. */
@ApplicationScoped
public class ServiceDirectory {

    private final DirectoryServiceRepository services;

    public ServiceDirectory(DirectoryServiceRepository services) {
        this.services = services;
    }

    @WithSession
    public Uni<List<DirectoryService>> list(Caller caller) {
        return services.listInMunicipality(caller.municipalityId());
    }
}
