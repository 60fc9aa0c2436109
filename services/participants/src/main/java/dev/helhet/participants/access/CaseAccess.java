package dev.helhet.participants.access;

import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.repository.ParticipantRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Need-to-know, decided here from this service's own projections of the coordinators' events: a
 * professional sees a person only as their coordinator, the deputy of an absent coordinator, a team
 * member whose access is not suspended, or the caseworker who registered them until a coordinator
 * is assigned; a team lead and a partner system see the municipality. Every permitted access is
 * written to the access log; a refusal answers 404 (as if the person did not exist) and is logged too.
 */
@ApplicationScoped
public class CaseAccess {

    static final ZoneId NORDIC = ZoneId.of("Europe/Oslo");
    private static final Logger LOG = Logger.getLogger(CaseAccess.class);

    private final ParticipantRepository participants;
    private final AccessAudit audit;
    private final Clock clock;

    public CaseAccess(ParticipantRepository participants, AccessAudit audit, Clock clock) {
        this.participants = participants;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person and why the caller may see them; {@code organisationId} is the team member's organisation. */
    public record Access(Participant participant, CareRelation relation, UUID organisationId) {
    }

    /** The person, if the caller may see them, with the access logged (call within a transaction). */
    public Uni<Access> open(Caller caller, UUID participantId, String resource, String action) {
        return open(caller, participantId, resource, action, null);
    }

    public Uni<Access> open(Caller caller, UUID participantId, String resource, String action, String purpose) {
        return open(caller, participantId, resource, action, purpose, relation -> true);
    }

    /** As {@link #open}, for functions only some relations may use (e.g. the export: coordinator or deputy). */
    public Uni<Access> open(Caller caller, UUID participantId, String resource, String action, String purpose,
                           java.util.function.Predicate<CareRelation> allowed) {
        return participants.requireInMunicipality(participantId, caller.municipalityId())
                .flatMap(participant -> relation(caller, participant).flatMap(access -> {
                    if (access == null || !allowed.test(access.relation())) {
                        LOG.infof("Need-to-know denied: subject %s, participant %s, %s %s, request %s",
                                caller.subject(), participantId, action, resource, caller.requestId());
                        return audit.denied(caller, caller.municipalityId(), participantId, resource, action)
                                .flatMap(logged -> Uni.createFrom().<Access>failure(ProblemException.notFound("Participant " + participantId)));
                    }
                    return audit.permitted(caller, participant.municipalityId, participantId, resource, action, purpose).replaceWith(access);
                }));
    }

    /** Why the caller may see the person, or null. */
    public Uni<Access> relation(Caller caller, Participant participant) {
        if (caller.hasRole(Roles.TEAM_LEAD)) {
            return Uni.createFrom().item(new Access(participant, CareRelation.TEAM_LEAD, null));
        }
        if (caller.hasRole(Roles.PARTNER)) {
            return Uni.createFrom().item(new Access(participant, CareRelation.PARTNER, null));
        }
        LocalDate today = LocalDate.now(clock.withZone(NORDIC));
        return Panache.getSession().flatMap(session -> session.createQuery("""
                        select case
                          when a.professionalId = me.professionalId then 'COORDINATOR'
                          when exists (from CareAbsence ab where ab.professionalId = a.professionalId and ab.deputyId = me.professionalId
                                       and ab.fromDate <= :today and ab.toDate >= :today) then 'DEPUTY'
                          else null end
                          from CareAssignment a, CareProfessional me
                         where a.participantId = :participant and me.subject = :subject""", String.class)
                .setParameter("participant", participant.id).setParameter("subject", caller.subject()).setParameter("today", today)
                .getResultList()
                .flatMap(coordination -> {
                    String found = coordination.stream().filter(relation -> relation != null).findFirst().orElse(null);
                    if (found != null) {
                        return Uni.createFrom().item(new Access(participant, CareRelation.valueOf(found), null));
                    }
                    return session.createQuery("""
                                    select m.organisationId from CareTeamMember m, CareProfessional me
                                     where m.participantId = :participant and m.professionalId = me.professionalId
                                       and me.subject = :subject and m.active = true and m.suspended = false""", UUID.class)
                            .setParameter("participant", participant.id).setParameter("subject", caller.subject())
                            .getResultList()
                            .flatMap(memberships -> {
                                if (!memberships.isEmpty()) {
                                    return Uni.createFrom().item(new Access(participant, CareRelation.TEAM_MEMBER, memberships.getFirst()));
                                }
                                return session.createQuery("select count(a) from CareAssignment a where a.participantId = :participant", Long.class)
                                        .setParameter("participant", participant.id).getSingleResult()
                                        .map(assigned -> assigned == 0 && participant.registeredBy.equals(caller.subject())
                                                ? new Access(participant, CareRelation.REGISTRANT, null) : null);
                            });
                }));
    }

    /**
     * HQL condition on {@code p} (a Participant) that keeps only people the caller may see, with the
     * parameters {@code subject} and {@code today}; null when the caller sees the whole municipality.
     */
    public static String visibility(Caller caller) {
        if (caller.hasRole(Roles.TEAM_LEAD) || caller.hasRole(Roles.PARTNER)) {
            return null;
        }
        return """
                ((p.registeredBy = :subject and not exists (from CareAssignment a0 where a0.participantId = p.id))
                 or exists (from CareAssignment a1, CareProfessional c1 where a1.participantId = p.id
                            and a1.professionalId = c1.professionalId and c1.subject = :subject)
                 or exists (from CareTeamMember m2, CareProfessional c2 where m2.participantId = p.id
                            and m2.professionalId = c2.professionalId and c2.subject = :subject and m2.active = true and m2.suspended = false)
                 or exists (from CareAssignment a3, CareAbsence b3, CareProfessional c3 where a3.participantId = p.id
                            and b3.professionalId = a3.professionalId and b3.deputyId = c3.professionalId and c3.subject = :subject
                            and b3.fromDate <= :today and b3.toDate >= :today))""";
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(NORDIC));
    }
}
