package dev.helhet.coordinators.service;

import dev.helhet.careaccess.CareFacts;
import dev.helhet.careaccess.Decision;
import dev.helhet.careaccess.NeedToKnow;
import dev.helhet.careaccess.repository.ConsentSource;
import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.common.time.NordicTime;
import dev.helhet.coordinators.domain.CoordinatorAssignment;
import dev.helhet.coordinators.domain.Professional;
import dev.helhet.coordinators.projection.ParticipantRef;
import dev.helhet.coordinators.repository.AssignmentRepository;
import dev.helhet.coordinators.repository.ParticipantRefRepository;
import dev.helhet.coordinators.repository.ProfessionalAbsenceRepository;
import dev.helhet.coordinators.repository.TeamMemberRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Need-to-know for this service, decided by {@link NeedToKnow} (services/care-access) on the facts it holds:
 * the coordinator, the deputy of an absent coordinator, a team member the person's consents admit, and a team
 * lead (every person of the municipality; they assign coordinators). Anyone else gets 404, the same answer as
 * for a person who does not exist, and the denial is logged.
 */
@ApplicationScoped
public class ParticipantAccess {

    private static final Logger LOG = Logger.getLogger(ParticipantAccess.class);

    private final ParticipantRefRepository participants;
    private final AssignmentRepository assignments;
    private final TeamMemberRepository members;
    private final ProfessionalAbsenceRepository absences;
    private final ConsentSource consents;
    private final Professionals professionals;
    private final AccessAudit audit;
    private final Clock clock;

    public ParticipantAccess(ParticipantRefRepository participants, AssignmentRepository assignments, TeamMemberRepository members,
                             ProfessionalAbsenceRepository absences, ConsentSource consents, Professionals professionals,
                             AccessAudit audit, Clock clock) {
        this.audit = audit;
        this.participants = participants;
        this.assignments = assignments;
        this.members = members;
        this.absences = absences;
        this.consents = consents;
        this.professionals = professionals;
        this.clock = clock;
    }

    /** How the caller relates to the person. */
    public enum Relation { TEAM_LEAD, COORDINATOR, DEPUTY, TEAM_MEMBER }

    /** The person and how the caller may see them. */
    public record Access(ParticipantRef participant, Relation relation, Professional professional) {
        public boolean mayManageTeam() {
            return relation != Relation.TEAM_MEMBER;
        }
    }

    /** The person, if the caller may see them, with the access written to the access log (call within a transaction). */
    public Uni<Access> open(Caller caller, UUID participantId, String resource, String action) {
        return require(caller, participantId, resource, action)
                .call(found -> audit.permitted(caller, caller.municipalityId(), participantId, resource, action, null));
    }

    /**
     * The person, if the caller may see them; 404 otherwise, logged for the municipality that holds the person (also
     * when that is another one than the caller's: the person sees the attempt, the caller's municipality does not).
     * Call within a session.
     */
    public Uni<Access> require(Caller caller, UUID participantId, String resource, String action) {
        return participants.findById(participantId).flatMap(participant -> {
            if (participant == null) {
                return Uni.createFrom().failure(ProblemException.notFound("Participant " + participantId));
            }
            if (!participant.municipalityId.equals(caller.municipalityId())) {
                return denied(caller, participant.municipalityId, participantId, resource, action);
            }
            return professionals.callerOrNull(caller).flatMap(me -> {
                if (caller.hasRole(Roles.TEAM_LEAD)) {
                    return Uni.createFrom().item(new Access(participant, Relation.TEAM_LEAD, me));
                }
                if (me == null) {
                    return denied(caller, participant.municipalityId, participantId, resource, action);
                }
                return relationOf(me.id, participantId).flatMap(relation -> relation == null
                        ? denied(caller, participant.municipalityId, participantId, resource, action)
                        : Uni.createFrom().item(new Access(participant, relation, me)));
            });
        });
    }

    /**
     * How a professional relates to a person now, or null when they have no business with them: {@link NeedToKnow} on
     * this service's facts. A team member is decided from the consent projection on every call, so a revocation shuts
     * the door as soon as its event is here, not when a suspension has been published. This service knows no
     * registrant and serves no partner system: neither tie is given.
     */
    public Uni<Relation> relationOf(UUID professionalId, UUID participantId) {
        Instant now = clock.instant();
        return assignments.active(participantId).flatMap(assignment -> {
            CareFacts facts = CareFacts.stranger();
            if (assignment != null) {
                facts = assignment.professionalId.equals(professionalId) ? facts.asCoordinator(assignment.organisationId)
                        : facts.withCoordinatorFrom(assignment.organisationId);
            }
            CareFacts known = facts;
            return deputyPeriods(professionalId, assignment, NordicTime.dateOf(now))
                    .flatMap(periods -> members.activeMembership(participantId, professionalId).flatMap(member -> {
                        CareFacts withTies = known;
                        for (CareFacts.Period period : periods) {
                            withTies = withTies.asDeputy(period.from(), period.to());
                        }
                        if (member == null) {
                            return Uni.createFrom().item(relation(NeedToKnow.decide(withTies, now)));
                        }
                        CareFacts asMember = withTies.asMemberFor(member.organisationId);
                        return consents.consentsOf(participantId).map(given -> relation(NeedToKnow.decide(
                                given.stream().reduce(asMember, CareFacts::withConsent, (a, b) -> a), now)));
                    }));
        });
    }

    private static Relation relation(Decision decision) {
        if (!decision.admitted()) {
            return null;
        }
        return switch (decision.relation()) {
            case COORDINATOR -> Relation.COORDINATOR;
            case DEPUTY -> Relation.DEPUTY;
            case TEAM_MEMBER -> Relation.TEAM_MEMBER;
            case TEAM_LEAD -> Relation.TEAM_LEAD;
            case PARTNER, REGISTRANT, ADMINISTRATOR -> null;
        };
    }

    /** The absences of the person's coordinator that the professional covers today. */
    private Uni<List<CareFacts.Period>> deputyPeriods(UUID professionalId, CoordinatorAssignment assignment, LocalDate today) {
        if (assignment == null) {
            return Uni.createFrom().item(List.of());
        }
        return absences.coveredBy(professionalId, today).map(covered -> covered.stream()
                .filter(absence -> absence.professionalId.equals(assignment.professionalId))
                .map(absence -> new CareFacts.Period(absence.fromDate, absence.toDate)).toList());
    }

    private <T> Uni<T> denied(Caller caller, String owner, UUID participantId, String resource, String action) {
        LOG.infof("Need-to-know denied: subject %s, municipality %s, participant %s, request %s",
                caller.subject(), caller.municipalityId(), participantId, caller.requestId());
        return audit.denied(caller, owner, participantId, resource, action)
                .flatMap(logged -> Uni.createFrom().failure(ProblemException.notFound("Participant " + participantId)));
    }
}
