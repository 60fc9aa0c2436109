package dev.helhet.agreements.service;

import dev.helhet.agreements.domain.CollaborationAgreement;
import dev.helhet.agreements.domain.CollaborationParty;
import dev.helhet.agreements.repository.CollaborationAgreementRepository;
import dev.helhet.careaccess.repository.CareOrganisations;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.time.NordicTime;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Collaboration agreements between the services of the caller's municipality: everyone there reads them, admins keep them.
 * Each party must be an organisation serving the municipality (known from the registry's events); an agreement whose review
 * date has come is "review due" until it is revised.
 */
@ApplicationScoped
public class CollaborationAgreementService {

    /** A party as given: the organisation and its contact person. */
    public record Party(UUID organisationId, UUID contactProfessionalId) {
    }

    /** An agreement with its parties, and where it stands today. */
    public record AgreementView(CollaborationAgreement agreement, List<CollaborationParty> parties, boolean inForce, boolean reviewDue) {
    }

    private final CollaborationAgreementRepository agreements;
    private final CareOrganisations organisations;
    private final Clock clock;

    public CollaborationAgreementService(CollaborationAgreementRepository agreements, CareOrganisations organisations, Clock clock) {
        this.agreements = agreements;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The municipality's agreements by title; only those whose review is due when {@code reviewDueOnly}. */
    @WithSession
    public Uni<List<AgreementView>> list(Caller caller, boolean reviewDueOnly) {
        return agreements.inMunicipality(caller.municipalityId()).flatMap(this::views)
                .map(found -> found.stream().filter(view -> !reviewDueOnly || view.reviewDue()).toList());
    }

    @WithSession
    public Uni<AgreementView> get(Caller caller, UUID id) {
        return found(caller, id).flatMap(agreement -> views(List.of(agreement))).map(List::getFirst);
    }

    @WithTransaction
    public Uni<AgreementView> make(Caller caller, CollaborationAgreement.Terms terms, List<Party> parties) {
        return servingTheMunicipality(caller, parties).flatMap(checked -> {
            CollaborationAgreement agreement = CollaborationAgreement.made(caller.municipalityId(), terms, clock.instant(), caller.subject());
            return agreements.persist(agreement, partiesOf(agreement, parties));
        }).flatMap(saved -> views(List.of(saved))).map(List::getFirst);
    }

    /** Revises the agreement as of {@code version}; someone else's change in between is 409 {@code stale-version}. */
    @WithTransaction
    public Uni<AgreementView> revise(Caller caller, UUID id, long version, CollaborationAgreement.Terms terms, List<Party> parties) {
        return servingTheMunicipality(caller, parties).flatMap(checked -> found(caller, id)).flatMap(agreement -> {
            if (agreement.version != version) {
                throw new ProblemException(ProblemType.STALE_VERSION,
                        "Someone else changed this agreement meanwhile (version " + agreement.version + "); read it again and repeat the change");
            }
            agreement.agree(terms);
            agreement.updatedAt = clock.instant();
            return agreements.replaceParties(agreement, partiesOf(agreement, parties)).replaceWith(agreement);
        }).flatMap(saved -> views(List.of(saved))).map(List::getFirst);
    }

    private Uni<CollaborationAgreement> found(Caller caller, UUID id) {
        return agreements.find(caller.municipalityId(), id).map(agreement -> {
            if (agreement == null) {
                throw ProblemException.notFound("Collaboration agreement " + id);
            }
            return agreement;
        });
    }

    /** 400 naming the field for a party given twice or an organisation that does not serve the caller's municipality. */
    private Uni<Void> servingTheMunicipality(Caller caller, List<Party> parties) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            if (!seen.add(parties.get(i).organisationId())) {
                throw ProblemException.invalidField("parties[" + i + "].organisationId", "each organisation is a party once", "duplicate");
            }
        }
        return Multi.createFrom().range(0, parties.size())
                .onItem().transformToUniAndConcatenate(i -> organisations.serves(parties.get(i).organisationId(), caller.municipalityId())
                        .invoke(serves -> {
                            if (!serves) {
                                throw ProblemException.invalidField("parties[" + i + "].organisationId",
                                        "not an organisation serving " + caller.municipalityId(), "not-in-municipality");
                            }
                        }))
                .collect().last().replaceWithVoid();
    }

    private static List<CollaborationParty> partiesOf(CollaborationAgreement agreement, List<Party> parties) {
        return java.util.stream.IntStream.range(0, parties.size())
                .mapToObj(i -> CollaborationParty.of(agreement, i, parties.get(i).organisationId(), parties.get(i).contactProfessionalId()))
                .toList();
    }

    private Uni<List<AgreementView>> views(List<CollaborationAgreement> found) {
        LocalDate today = NordicTime.today(clock);
        return agreements.parties(found.stream().map(agreement -> agreement.id).toList()).map(parties -> found.stream()
                .map(agreement -> new AgreementView(agreement, parties.stream().filter(party -> party.agreementId.equals(agreement.id)).toList(),
                        agreement.inForce(today), agreement.reviewDue(today)))
                .toList());
    }
}
