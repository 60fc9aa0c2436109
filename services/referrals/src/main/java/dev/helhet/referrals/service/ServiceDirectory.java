package dev.helhet.referrals.service;

import dev.helhet.careaccess.repository.CareOrganisations;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.referrals.domain.DirectorySearch;
import dev.helhet.referrals.domain.DirectoryService;
import dev.helhet.referrals.repository.DirectoryServiceRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The directory of services people can be referred to: found by every municipality an entry serves, kept by the
 * municipality that registered it. Each entry's provider is an organisation of the registry that serves every
 * municipality the entry names; the caller's own municipality is always among them.
 */
@ApplicationScoped
public class ServiceDirectory {

    private final DirectoryServiceRepository services;
    private final CareOrganisations organisations;
    private final Clock clock;

    public ServiceDirectory(DirectoryServiceRepository services, CareOrganisations organisations, Clock clock) {
        this.services = services;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** An entry with its provider's name as the registry has it now (the name it was made with, if the registry is silent). */
    public record Listed(DirectoryService service, String providerName) {
    }

    /** The services serving {@code search.municipalityId()} (the caller's, unless another is asked for) that match. */
    @WithSession
    public Uni<List<Listed>> search(DirectorySearch search) {
        return services.search(search).flatMap(this::listed);
    }

    /** An entry serving the caller's municipality, or kept by it; 404 otherwise. */
    @WithSession
    public Uni<Listed> get(Caller caller, UUID id) {
        return entry(caller, id).flatMap(service -> listed(List.of(service))).map(List::getFirst);
    }

    /** An entry serving the municipality (to refer its people to); 404 otherwise. Call within a session. */
    public Uni<DirectoryService> serving(String municipalityId, UUID id) {
        return services.find(id).map(service -> {
            if (service == null || !Arrays.asList(service.servedMunicipalityIds).contains(municipalityId)) {
                throw ProblemException.notFound("Directory service " + id);
            }
            return service;
        });
    }

    private Uni<DirectoryService> entry(Caller caller, UUID id) {
        return services.find(id).map(service -> {
            if (service == null || !(service.municipalityId.equals(caller.municipalityId())
                    || Arrays.asList(service.servedMunicipalityIds).contains(caller.municipalityId()))) {
                throw ProblemException.notFound("Directory service " + id);
            }
            return service;
        });
    }

    @WithTransaction
    public Uni<Listed> register(Caller caller, DirectoryService.Details details) {
        return providerName(caller, details).flatMap(provider -> services.persist(
                DirectoryService.registered(caller.municipalityId(), provider, details, clock.instant())))
                .map(saved -> new Listed(saved, saved.provider));
    }

    /** Changes an entry the caller's municipality keeps, as of the version read (409 {@code stale-version} otherwise). */
    @WithTransaction
    public Uni<Listed> change(Caller caller, UUID id, long version, DirectoryService.Details details) {
        return entry(caller, id).flatMap(service -> {
            if (!service.municipalityId.equals(caller.municipalityId())) {
                throw new ProblemException(Problem.of(ReferralsProblems.SERVICE_NOT_OWNED,
                        service.municipalityId + " registered this entry and keeps it"));
            }
            if (service.version != version) {
                throw new ProblemException(ProblemType.STALE_VERSION,
                        "Someone else changed this entry meanwhile (version " + service.version + "); read it again and repeat the change");
            }
            return providerName(caller, details).map(provider -> {
                service.describe(provider, details);
                service.updatedAt = clock.instant();
                return new Listed(service, provider);
            });
        });
    }

    /** The provider's registry name; 400 naming the field when it is unknown or does not serve a municipality named. */
    private Uni<String> providerName(Caller caller, DirectoryService.Details details) {
        if (!details.servedMunicipalityIds().contains(caller.municipalityId())) {
            throw ProblemException.invalidField("servedMunicipalityIds", "must include " + caller.municipalityId(), "required");
        }
        return organisations.names(List.of(details.organisationId())).flatMap(names -> {
            String name = names.get(details.organisationId());
            if (name == null) {
                throw ProblemException.invalidField("organisationId", "not an organisation of the registry", "unknown-organisation");
            }
            List<String> served = details.servedMunicipalityIds();
            return Multi.createFrom().range(0, served.size())
                    .onItem().transformToUniAndConcatenate(i -> organisations.serves(details.organisationId(), served.get(i)).invoke(serves -> {
                        if (!serves) {
                            throw ProblemException.invalidField("servedMunicipalityIds[" + i + "]",
                                    "the provider does not serve " + served.get(i), "not-in-municipality");
                        }
                    }))
                    .collect().last().replaceWith(name);
        });
    }

    private Uni<List<Listed>> listed(List<DirectoryService> found) {
        return organisations.names(found.stream().map(service -> service.organisationId).filter(java.util.Objects::nonNull).distinct().toList())
                .map(names -> found.stream().map(service -> new Listed(service, names.getOrDefault(service.organisationId, service.provider))).toList());
    }
}
