package dev.helhet.coordinators.service;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.problem.ProblemType;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.contracts.coordinators.CoordinatorAssigned;
import dev.helhet.contracts.coordinators.CoordinatorHandedOver;
import dev.helhet.contracts.coordinators.CoordinatorUnassigned;
import dev.helhet.coordinators.domain.CoordinatorAssignment;
import dev.helhet.coordinators.repository.AssignmentRepository;
import dev.helhet.coordinators.repository.OrganisationRepository;
import dev.helhet.coordinators.repository.ProfessionalMembershipRepository;
import dev.helhet.coordinators.repository.ProfessionalRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The one responsible coordinator per person: assigned, handed over warmly (with a note for the new
 * coordinator, the old one kept in the history) or unassigned. The database allows at most one
 * active assignment, so two simultaneous assignments cannot both succeed.
 */
@ApplicationScoped
public class AssignmentService {

    private final ParticipantAccess access;
    private final AssignmentRepository assignments;
    private final ProfessionalRepository professionals;
    private final ProfessionalMembershipRepository memberships;
    private final OrganisationRepository organisations;
    private final TeamAccessRules teamAccess;
    private final EventPublisher events;
    private final Clock clock;

    public AssignmentService(ParticipantAccess access, AssignmentRepository assignments, ProfessionalRepository professionals,
                             ProfessionalMembershipRepository memberships, OrganisationRepository organisations,
                             TeamAccessRules teamAccess, EventPublisher events, Clock clock) {
        this.access = access;
        this.assignments = assignments;
        this.professionals = professionals;
        this.memberships = memberships;
        this.organisations = organisations;
        this.teamAccess = teamAccess;
        this.events = events;
        this.clock = clock;
    }

    /** The active assignment (or null) and every earlier one, newest first. */
    public record Coordination(CoordinatorAssignment current, List<CoordinatorAssignment> history) {
    }

    @WithTransaction
    public Uni<Coordination> get(Caller caller, UUID participantId) {
        return access.open(caller, participantId, "coordinator", "read").flatMap(ignored -> assignments.history(participantId))
                .map(history -> new Coordination(history.stream().filter(CoordinatorAssignment::isActive).findFirst().orElse(null), history));
    }

    /** Assigns a coordinator, or hands over from the current one with a note. */
    @WithTransaction
    public Uni<Coordination> assign(Caller caller, UUID participantId, UUID professionalId, UUID organisationId, String note) {
        return access.open(caller, participantId, "coordinator", "update").flatMap(found -> {
            if (!"active".equals(found.participant().status)) {
                throw new ProblemException(CoordinatorProblems.PARTICIPANT_NOT_ACTIVE, "The person's follow-up here has ended");
            }
            return professionals.requireInMunicipality(professionalId, caller.municipalityId())
                    .flatMap(professional -> organisations.requireVisible(organisationId, caller.municipalityId()))
                    .flatMap(organisation -> memberships.isMember(professionalId, organisationId))
                    .flatMap(member -> {
                        if (!member) {
                            throw ProblemException.invalidField("organisationId", "the professional does not work for this organisation",
                                    "not-a-member");
                        }
                        return assignments.active(participantId);
                    })
                    .flatMap(current -> {
                        if (current == null) {
                            if (found.relation() == ParticipantAccess.Relation.TEAM_MEMBER) {
                                throw forbidden();
                            }
                            return start(caller, participantId, professionalId, organisationId, note, null)
                                    .call(started -> events.publish(new CoordinatorAssigned(started.id, participantId, professionalId,
                                            organisationId), caller.municipalityId(), participantId.toString(), caller.actor()));
                        }
                        if (found.relation() == ParticipantAccess.Relation.TEAM_MEMBER) {
                            throw forbidden();
                        }
                        if (current.professionalId.equals(professionalId)) {
                            throw new ProblemException(CoordinatorProblems.COORDINATOR_UNCHANGED,
                                    "This professional coordinates the person already");
                        }
                        end(current, caller);
                        // Flush the end first: Hibernate inserts before it updates, and the database allows one active row.
                        return assignments.flush()
                                .flatMap(flushed -> start(caller, participantId, professionalId, organisationId, note, current.id))
                                .call(started -> events.publish(new CoordinatorHandedOver(started.id, current.id, participantId,
                                                current.professionalId, professionalId, organisationId),
                                        caller.municipalityId(), participantId.toString(), caller.actor()));
                    })
                    .call(started -> teamAccess.apply(participantId, caller.municipalityId(), "no-consent", caller.actor()))
                    .flatMap(started -> assignments.history(participantId).map(history -> new Coordination(started, history)));
        });
    }

    @WithTransaction
    public Uni<Coordination> unassign(Caller caller, UUID participantId) {
        return access.open(caller, participantId, "coordinator", "delete").flatMap(found -> assignments.active(participantId).flatMap(current -> {
            if (current == null) {
                throw new ProblemException(CoordinatorProblems.NO_COORDINATOR, "The person has no coordinator to remove");
            }
            if (found.relation() == ParticipantAccess.Relation.TEAM_MEMBER) {
                throw forbidden();
            }
            end(current, caller);
            return events.publish(new CoordinatorUnassigned(current.id, participantId, current.professionalId),
                            caller.municipalityId(), participantId.toString(), caller.actor())
                    .call(published -> teamAccess.apply(participantId, caller.municipalityId(), "no-consent", caller.actor()))
                    .flatMap(published -> assignments.history(participantId))
                    .map(history -> new Coordination(null, history));
        }));
    }

    private Uni<CoordinatorAssignment> start(Caller caller, UUID participantId, UUID professionalId, UUID organisationId,
                                             String note, UUID previous) {
        CoordinatorAssignment assignment = CoordinatorAssignment.started(participantId, caller.municipalityId(), professionalId,
                organisationId, clock.instant(), caller.subject(), note, previous);
        return assignments.persist(assignment);
    }

    private void end(CoordinatorAssignment current, Caller caller) {
        Instant now = clock.instant();
        current.end(now, caller.subject());
    }

    private static ProblemException forbidden() {
        return new ProblemException(ProblemType.FORBIDDEN, "Only the coordinator, their deputy or a team lead can change the coordinator");
    }
}
