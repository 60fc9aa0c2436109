package dev.helhet.coordinators.service;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.contracts.coordinators.OrganisationRegistered;
import dev.helhet.contracts.coordinators.OrganisationUpdated;
import dev.helhet.coordinators.domain.Organisation;
import dev.helhet.coordinators.domain.OrganisationMunicipality;
import dev.helhet.coordinators.domain.OrganisationType;
import dev.helhet.coordinators.repository.OrganisationMunicipalityRepository;
import dev.helhet.coordinators.repository.OrganisationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** The registry of services that collaborate, maintained by municipality admins. */
@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final OrganisationMunicipalityRepository served;
    private final EventPublisher events;
    private final Clock clock;

    public OrganisationService(OrganisationRepository organisations, OrganisationMunicipalityRepository served,
                               EventPublisher events, Clock clock) {
        this.organisations = organisations;
        this.served = served;
        this.events = events;
        this.clock = clock;
    }

    /** What an admin records about an organisation. */
    public record Details(String name, OrganisationType type, String phone, String email, String address, String servicesOffered,
                          Set<String> municipalityIds) {
    }

    /** Organisations with the municipalities each serves. */
    public record Listing(List<Organisation> organisations, Map<UUID, List<String>> municipalities) {
    }

    @WithSession
    public Uni<Listing> list(Caller caller) {
        return organisations.visibleIn(caller.municipalityId()).flatMap(this::withMunicipalities);
    }

    @WithSession
    public Uni<Listing> get(Caller caller, UUID id) {
        return organisations.requireVisible(id, caller.municipalityId()).flatMap(found -> withMunicipalities(List.of(found)));
    }

    @WithTransaction
    public Uni<Listing> register(Caller caller, Details details) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.municipalityId = caller.municipalityId();
        organisation.createdAt = clock.instant();
        organisation.createdBy = caller.subject();
        apply(organisation, details);
        Set<String> municipalities = servedBy(caller, details);
        return organisations.persist(organisation)
                .call(saved -> linkAll(saved.id, municipalities))
                .call(saved -> events.publish(new OrganisationRegistered(saved.id, saved.name, saved.type.code(), List.copyOf(municipalities)),
                        caller.municipalityId(), saved.id.toString(), caller.actor()))
                .flatMap(saved -> withMunicipalities(List.of(saved)));
    }

    @WithTransaction
    public Uni<Listing> update(Caller caller, UUID id, long version, Details details) {
        return organisations.requireVisible(id, caller.municipalityId()).flatMap(organisation -> {
            if (!organisation.municipalityId.equals(caller.municipalityId())) {
                throw new ProblemException(CoordinatorProblems.ORGANISATION_NOT_OWNED,
                        "This organisation is maintained by " + organisation.municipalityId + "; ask their admin to change it");
            }
            if (organisation.version != version) {
                throw new ProblemException(dev.helhet.common.problem.ProblemType.STALE_VERSION,
                        "The organisation was changed after you read it; read again and repeat the change");
            }
            apply(organisation, details);
            organisation.updatedAt = clock.instant();
            Set<String> municipalities = servedBy(caller, details);
            return served.deleteFor(id).flatMap(deleted -> served.flush())
                    .flatMap(flushed -> linkAll(id, municipalities))
                    .flatMap(linked -> events.publish(new OrganisationUpdated(id, organisation.name, organisation.type.code(),
                            List.copyOf(municipalities)), caller.municipalityId(), id.toString(), caller.actor()))
                    .flatMap(published -> withMunicipalities(List.of(organisation)));
        });
    }

    private static void apply(Organisation organisation, Details details) {
        organisation.name = details.name().strip();
        organisation.type = details.type();
        organisation.phone = blankToNull(details.phone());
        organisation.email = blankToNull(details.email());
        organisation.address = blankToNull(details.address());
        organisation.servicesOffered = blankToNull(details.servicesOffered());
    }

    /** The owner's municipality is always served; an admin may add the others an inter-municipal service covers. */
    private static Set<String> servedBy(Caller caller, Details details) {
        Set<String> municipalities = new TreeSet<>(details.municipalityIds() == null ? Set.of() : details.municipalityIds());
        municipalities.add(caller.municipalityId());
        return municipalities;
    }

    private Uni<Void> linkAll(UUID organisationId, Set<String> municipalities) {
        return Multi.createFrom().iterable(municipalities)
                .onItem().transformToUniAndConcatenate(municipality -> served.persist(OrganisationMunicipality.of(organisationId, municipality)))
                .collect().asList().replaceWithVoid();
    }

    private Uni<Listing> withMunicipalities(List<Organisation> found) {
        return served.forOrganisations(found.stream().map(o -> o.id).toList()).map(links -> new Listing(found, links.stream()
                .collect(Collectors.groupingBy(link -> link.organisationId,
                        Collectors.mapping(link -> link.municipalityId, Collectors.toList())))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
