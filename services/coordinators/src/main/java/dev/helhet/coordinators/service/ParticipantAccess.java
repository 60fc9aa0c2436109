package dev.helhet.coordinators.service;

import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.coordinators.domain.CoordinatorAssignment;
import dev.helhet.coordinators.domain.ParticipantRef;
import dev.helhet.coordinators.domain.Professional;
import dev.helhet.coordinators.repository.AssignmentRepository;
import dev.helhet.coordinators.repository.ParticipantRefRepository;
import dev.helhet.coordinators.repository.ProfessionalAbsenceRepository;
import dev.helhet.coordinators.repository.TeamMemberRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Need-to-know: a professional sees a person only while they are the person's coordinator, the
 * deputy of an absent coordinator, or an active team member whose access is not suspended. A team
 * lead sees every person of the municipality (they assign coordinators). Anyone else gets 404, the
 * same answer as for a person who does not exist, and the denial is logged.
 */
@ApplicationScoped
public class ParticipantAccess {

    static final ZoneId NORDIC = ZoneId.of("Europe/Oslo");
    private static final Logger LOG = Logger.getLogger(ParticipantAccess.class);

    private final ParticipantRefRepository participants;
    private final AssignmentRepository assignments;
    private final TeamMemberRepository members;
    private final ProfessionalAbsenceRepository absences;
    private final Professionals professionals;
    private final AccessAudit audit;
    private final Clock clock;

    public ParticipantAccess(ParticipantRefRepository participants, AssignmentRepository assignments, TeamMemberRepository members,
                             ProfessionalAbsenceRepository absences, Professionals professionals,
                             AccessAudit audit, Clock clock) {
        this.audit = audit;
        this.participants = participants;
        this.assignments = assignments;
        this.members = members;
        this.absences = absences;
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

    /** How a professional relates to a person now, or null when they have no business with them. */
    public Uni<Relation> relationOf(UUID professionalId, UUID participantId) {
        LocalDate today = LocalDate.now(clock.withZone(NORDIC));
        return assignments.active(participantId).flatMap(assignment -> {
            if (assignment != null && assignment.professionalId.equals(professionalId)) {
                return Uni.createFrom().item(Relation.COORDINATOR);
            }
            return deputyFor(professionalId, assignment, today).flatMap(deputy -> deputy
                    ? Uni.createFrom().item(Relation.DEPUTY)
                    : members.activeMembership(participantId, professionalId)
                    .map(member -> member != null && !member.isSuspended() ? Relation.TEAM_MEMBER : null));
        });
    }

    private Uni<Boolean> deputyFor(UUID professionalId, CoordinatorAssignment assignment, LocalDate today) {
        if (assignment == null) {
            return Uni.createFrom().item(false);
        }
        return absences.coveredBy(professionalId, today)
                .map(covered -> covered.stream().anyMatch(absence -> absence.professionalId.equals(assignment.professionalId)));
    }

    private <T> Uni<T> denied(Caller caller, String owner, UUID participantId, String resource, String action) {
        LOG.infof("Need-to-know denied: subject %s, municipality %s, participant %s, request %s",
                caller.subject(), caller.municipalityId(), participantId, caller.requestId());
        return audit.denied(caller, owner, participantId, resource, action)
                .flatMap(logged -> Uni.createFrom().failure(ProblemException.notFound("Participant " + participantId)));
    }
}
