package dev.helhet.coordinators.service;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.problem.Problem;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.contracts.coordinators.AbsenceCancelled;
import dev.helhet.contracts.coordinators.AbsenceRecorded;
import dev.helhet.contracts.coordinators.ProfessionalRegistered;
import dev.helhet.contracts.coordinators.ProfessionalUpdated;
import dev.helhet.coordinators.domain.Professional;
import dev.helhet.coordinators.domain.ProfessionalAbsence;
import dev.helhet.coordinators.domain.ProfessionalMembership;
import dev.helhet.coordinators.keycloak.KeycloakMemberships;
import dev.helhet.coordinators.repository.OrganisationRepository;
import dev.helhet.coordinators.repository.ProfessionalAbsenceRepository;
import dev.helhet.coordinators.repository.ProfessionalMembershipRepository;
import dev.helhet.coordinators.repository.ProfessionalRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Professionals of a municipality: who they are, where they work, when they are away and who deputises. */
@ApplicationScoped
public class ProfessionalService {

    private final ProfessionalRepository professionals;
    private final ProfessionalMembershipRepository memberships;
    private final ProfessionalAbsenceRepository absences;
    private final OrganisationRepository organisations;
    private final Professionals callers;
    private final KeycloakMemberships keycloakMemberships;
    private final EventPublisher events;
    private final Clock clock;

    public ProfessionalService(ProfessionalRepository professionals, ProfessionalMembershipRepository memberships,
                               ProfessionalAbsenceRepository absences, OrganisationRepository organisations, Professionals callers,
                               KeycloakMemberships keycloakMemberships, EventPublisher events, Clock clock) {
        this.keycloakMemberships = keycloakMemberships;
        this.events = events;
        this.professionals = professionals;
        this.memberships = memberships;
        this.absences = absences;
        this.organisations = organisations;
        this.callers = callers;
        this.clock = clock;
    }

    /** What an admin records about a professional. */
    public record Details(String subject, String name, String profession, String email, String phone, List<String> languages,
                          Set<UUID> organisationIds) {
    }

    /** Professionals with their memberships and absences. */
    public record Listing(List<Professional> professionals, List<ProfessionalMembership> memberships, List<ProfessionalAbsence> absences) {
    }

    @WithSession
    public Uni<Listing> list(Caller caller) {
        return professionals.inMunicipality(caller.municipalityId()).flatMap(this::listing);
    }

    @WithSession
    public Uni<Listing> get(Caller caller, UUID id) {
        return professionals.requireInMunicipality(id, caller.municipalityId()).flatMap(found -> listing(List.of(found)));
    }

    @WithSession
    public Uni<Listing> me(Caller caller) {
        return callers.caller(caller).flatMap(found -> listing(List.of(found)));
    }

    /**
     * Registers one of the municipality's own users (a member of its Keycloak organization) as a professional. Whether
     * the user is the municipality's is asked first, so another municipality's user and no user get the same answer;
     * a user of the municipality registered already answers 409, naming the registration only when it is this one's.
     */
    @WithTransaction
    public Uni<Listing> create(Caller caller, Details details) {
        return requireOwnUser(caller, details.subject().strip()).flatMap(own -> professionals.bySubject(details.subject())).flatMap(existing -> {
            if (existing != null) {
                Problem conflict = Problem.of(CoordinatorProblems.ALREADY_REGISTERED, "This user is registered as a professional already");
                throw new ProblemException(existing.municipalityId.equals(caller.municipalityId())
                        ? conflict.with("existingProfessionalId", existing.id) : conflict);
            }
            Professional professional = new Professional();
            professional.id = UUID.randomUUID();
            professional.municipalityId = caller.municipalityId();
            professional.subject = details.subject().strip();
            professional.createdAt = clock.instant();
            professional.createdBy = caller.subject();
            apply(professional, details);
            return requireVisible(caller, details.organisationIds())
                    .flatMap(visible -> professionals.persist(professional))
                    .call(saved -> join(saved.id, details.organisationIds()))
                    .call(saved -> events.publish(new ProfessionalRegistered(saved.id, saved.subject, List.copyOf(details.organisationIds())),
                            caller.municipalityId(), saved.id.toString(), caller.actor()))
                    .flatMap(saved -> listing(List.of(saved)));
        });
    }

    @WithTransaction
    public Uni<Listing> update(Caller caller, UUID id, long version, Details details) {
        return professionals.requireInMunicipality(id, caller.municipalityId()).flatMap(professional -> {
            if (professional.version != version) {
                throw new ProblemException(ProblemType.STALE_VERSION, "The professional was changed after you read them; read again");
            }
            apply(professional, details);
            professional.updatedAt = clock.instant();
            return requireVisible(caller, details.organisationIds())
                    .flatMap(visible -> memberships.deleteFor(id))
                    .flatMap(deleted -> memberships.flush())
                    .flatMap(flushed -> join(id, details.organisationIds()))
                    .flatMap(joined -> events.publish(new ProfessionalUpdated(id, professional.subject, List.copyOf(details.organisationIds())),
                            caller.municipalityId(), id.toString(), caller.actor()))
                    .flatMap(published -> listing(List.of(professional)));
        });
    }

    /** Records an absence with its deputy: the admin, a team lead, or the professional themself. */
    @WithTransaction
    public Uni<Listing> addAbsence(Caller caller, UUID id, LocalDate from, LocalDate to, UUID deputyId, String note) {
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from", "before-start");
        }
        if (deputyId.equals(id)) {
            throw ProblemException.invalidField("deputyId", "must be someone else", "same-person");
        }
        return professionals.requireInMunicipality(id, caller.municipalityId()).flatMap(professional -> {
            requireSelfOrLead(caller, professional);
            return professionals.requireInMunicipality(deputyId, caller.municipalityId()).flatMap(deputy -> {
                ProfessionalAbsence absence = ProfessionalAbsence.recorded(id, from, to, deputyId, note, clock.instant(), caller.subject());
                return absences.persist(absence).call(saved -> events.publish(new AbsenceRecorded(saved.id, id, deputyId, from, to),
                        caller.municipalityId(), id.toString(), caller.actor()));
            }).flatMap(saved -> listing(List.of(professional)));
        });
    }

    @WithTransaction
    public Uni<Listing> cancelAbsence(Caller caller, UUID id, UUID absenceId) {
        return professionals.requireInMunicipality(id, caller.municipalityId()).flatMap(professional -> {
            requireSelfOrLead(caller, professional);
            return absences.delete("id = ?1 and professionalId = ?2", absenceId, id).flatMap(deleted -> {
                if (deleted == 0) {
                    throw ProblemException.notFound("Absence " + absenceId);
                }
                return events.publish(new AbsenceCancelled(absenceId, id), caller.municipalityId(), id.toString(), caller.actor());
            }).flatMap(published -> listing(List.of(professional)));
        });
    }

    private static void requireSelfOrLead(Caller caller, Professional professional) {
        boolean self = professional.subject.equals(caller.subject());
        if (!self && !caller.hasRole(Roles.MUNICIPALITY_ADMIN) && !caller.hasRole(Roles.TEAM_LEAD)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the professional, a team lead or the admin records absence");
        }
    }

    private Uni<Void> requireVisible(Caller caller, Set<UUID> organisationIds) {
        return Multi.createFrom().iterable(organisationIds)
                .onItem().transformToUniAndConcatenate(organisationId -> organisations.requireVisible(organisationId, caller.municipalityId())
                        .onFailure(ProblemException.class).transform(notVisible -> ProblemException.invalidField("organisationIds",
                                "names an organisation that does not serve this municipality: " + organisationId, "unknown-organisation")))
                .collect().asList().replaceWithVoid();
    }

    /** The same answer whether the user does not exist or belongs to another municipality: nothing about them is disclosed. */
    private Uni<Void> requireOwnUser(Caller caller, String subject) {
        return keycloakMemberships.municipalitiesOf(subject).invoke(municipalities -> {
            if (!municipalities.contains(caller.municipalityId())) {
                throw ProblemException.invalidField("subject", "names no user of " + caller.municipalityId()
                        + ": register your municipality's own users (members of its organization in Keycloak)", "not-in-municipality");
            }
        }).replaceWithVoid();
    }

    private Uni<Void> join(UUID professionalId, Set<UUID> organisationIds) {
        return Multi.createFrom().iterable(organisationIds)
                .onItem().transformToUniAndConcatenate(organisationId -> memberships.persist(ProfessionalMembership.of(professionalId, organisationId)))
                .collect().asList().replaceWithVoid();
    }

    private static void apply(Professional professional, Details details) {
        professional.name = details.name().strip();
        professional.profession = details.profession().strip();
        professional.email = details.email() == null || details.email().isBlank() ? null : details.email().strip();
        professional.phone = details.phone() == null || details.phone().isBlank() ? null : details.phone().strip();
        professional.languages = details.languages() == null ? "" : String.join(",", details.languages());
    }

    private Uni<Listing> listing(List<Professional> found) {
        List<UUID> ids = found.stream().map(p -> p.id).toList();
        return memberships.forProfessionals(ids).flatMap(joined -> absences.forProfessionals(ids)
                .map(away -> new Listing(found, joined, away)));
    }
}
