package dev.helhet.participants.access;

import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.participants.domain.ConsentStatus;
import dev.helhet.participants.domain.InformationCategory;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.ReceiverType;
import dev.helhet.participants.repository.ParticipantRepository;
import dev.helhet.participants.repository.ParticipantRepository.Visibility;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Need-to-know, decided here from this service's own projections of the coordinators' events and
 * its own consents: a professional sees a person only as their coordinator, the deputy of an absent
 * coordinator, a team member admitted by consent, or the caseworker who registered them until a
 * coordinator is assigned; a team lead and a partner system see the municipality. Because the
 * consents are this service's own, a revocation closes the door in the transaction that records it.
 * Every permitted access is written to the access log; a refusal answers 404 (as if the person did
 * not exist) and is logged too, for the municipality that holds the person.
 */
@ApplicationScoped
public class CaseAccess {

    static final ZoneId NORDIC = ZoneId.of("Europe/Oslo");
    private static final Logger LOG = Logger.getLogger(CaseAccess.class);

    /**
     * HQL condition on a team member alias {@code %1$s}: admitted while a member of the coordinator's
     * own organisation, or while a consent in effect opens basic information to their organisation or
     * the whole team. The same rule as the coordinators service's team rules (docs/adr/0011).
     */
    private static final String ADMITTED = """
            (exists (from CareAssignment %1$sa where %1$sa.participantId = %1$s.participantId and %1$sa.organisationId = %1$s.organisationId)
             or exists (from Consent %1$sc where %1$sc.participantId = %1$s.participantId and %1$sc.status = :consentActive
                        and %1$sc.validFrom <= :now and %1$sc.validTo > :now
                        and concat(',', %1$sc.categoryCodes, ',') like :basicCategory
                        and (%1$sc.receiverType = :teamReceiver or %1$sc.receiverOrganisationId = %1$s.organisationId)))""";

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
                           Predicate<CareRelation> allowed) {
        return decided(caller, participantId, resource, action, purpose, participant -> relation(caller, participant)
                .map(access -> access != null && allowed.test(access.relation()) ? access : null));
    }

    /** The person of the caller's municipality for a registry act of its administrator (no case content), logged. */
    public Uni<Access> openAsAdministrator(Caller caller, UUID participantId, String resource, String action, String purpose) {
        return decided(caller, participantId, resource, action, purpose,
                participant -> Uni.createFrom().item(new Access(participant, CareRelation.ADMINISTRATOR, null)));
    }

    /** The person, when {@code decide} finds an access for them, logged either way (call within a transaction). */
    private Uni<Access> decided(Caller caller, UUID participantId, String resource, String action, String purpose,
                                Function<Participant, Uni<Access>> decide) {
        return participants.findById(participantId).flatMap(participant -> {
            if (participant == null) {
                return Uni.createFrom().failure(ProblemException.notFound("Participant " + participantId));
            }
            if (!participant.municipalityId.equals(caller.municipalityId())) {
                // Logged for the municipality that holds the person: the person and their admin see the attempt, the caller's do not.
                return denied(caller, participant.municipalityId, participantId, resource, action);
            }
            return decide.apply(participant).flatMap(access -> access == null
                    ? denied(caller, participant.municipalityId, participantId, resource, action)
                    : audit.permitted(caller, participant.municipalityId, participantId, resource, action, purpose).replaceWith(access));
        });
    }

    private Uni<Access> denied(Caller caller, String owner, UUID participantId, String resource, String action) {
        LOG.infof("Need-to-know denied: subject %s, participant %s, %s %s, request %s",
                caller.subject(), participantId, action, resource, caller.requestId());
        return audit.denied(caller, owner, participantId, resource, action)
                .flatMap(logged -> Uni.createFrom().failure(ProblemException.notFound("Participant " + participantId)));
    }

    /** Why the caller may see the person, or null. */
    public Uni<Access> relation(Caller caller, Participant participant) {
        if (caller.hasRole(Roles.TEAM_LEAD)) {
            return Uni.createFrom().item(new Access(participant, CareRelation.TEAM_LEAD, null));
        }
        if (caller.hasRole(Roles.PARTNER)) {
            return Uni.createFrom().item(new Access(participant, CareRelation.PARTNER, null));
        }
        return Panache.getSession().flatMap(session -> session.createQuery("""
                        select case
                          when a.professionalId = me.professionalId then 'COORDINATOR'
                          when exists (from CareAbsence ab where ab.professionalId = a.professionalId and ab.deputyId = me.professionalId
                                       and ab.fromDate <= :today and ab.toDate >= :today) then 'DEPUTY'
                          else null end
                          from CareAssignment a, CareProfessional me
                         where a.participantId = :participant and me.subject = :subject""", String.class)
                .setParameter("participant", participant.id).setParameter("subject", caller.subject()).setParameter("today", today())
                .getResultList()
                .flatMap(coordination -> {
                    String found = coordination.stream().filter(relation -> relation != null).findFirst().orElse(null);
                    if (found != null) {
                        return Uni.createFrom().item(new Access(participant, CareRelation.valueOf(found), null));
                    }
                    var memberships = session.createQuery("""
                                    select m.organisationId from CareTeamMember m, CareProfessional me
                                     where m.participantId = :participant and m.professionalId = me.professionalId
                                       and me.subject = :subject and m.active = true and""" + " " + ADMITTED.formatted("m"), UUID.class)
                            .setParameter("participant", participant.id).setParameter("subject", caller.subject());
                    consentParameters().forEach(memberships::setParameter);
                    return memberships.getResultList().flatMap(admitted -> {
                        if (!admitted.isEmpty()) {
                            return Uni.createFrom().item(new Access(participant, CareRelation.TEAM_MEMBER, admitted.getFirst()));
                        }
                        return session.createQuery("select count(a) from CareAssignment a where a.participantId = :participant", Long.class)
                                .setParameter("participant", participant.id).getSingleResult()
                                .map(assigned -> assigned == 0 && participant.registeredBy.equals(caller.subject())
                                        ? new Access(participant, CareRelation.REGISTRANT, null) : null);
                    });
                }));
    }

    /** The organisations the caller works for, as the coordinators service registered them (none for a non-professional). */
    public Uni<java.util.Set<UUID>> organisationsOf(Caller caller) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select me.organisationIds from CareProfessional me where me.subject = :subject", String.class)
                .setParameter("subject", caller.subject()).getResultList())
                .map(rows -> rows.stream().flatMap(ids -> java.util.Arrays.stream(ids.split(",")))
                        .filter(id -> !id.isBlank()).map(UUID::fromString).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** Which people of the municipality the caller may see in a list: the same relations as {@link #relation}. */
    public Visibility visibility(Caller caller) {
        if (caller.hasRole(Roles.TEAM_LEAD) || caller.hasRole(Roles.PARTNER)) {
            return new Visibility(null, Map.of());
        }
        Map<String, Object> parameters = new java.util.HashMap<>(consentParameters());
        parameters.put("subject", caller.subject());
        parameters.put("today", today());
        return new Visibility("""
                ((p.registeredBy = :subject and not exists (from CareAssignment a0 where a0.participantId = p.id))
                 or exists (from CareAssignment a1, CareProfessional c1 where a1.participantId = p.id
                            and a1.professionalId = c1.professionalId and c1.subject = :subject)
                 or exists (from CareTeamMember m2, CareProfessional c2 where m2.participantId = p.id
                            and m2.professionalId = c2.professionalId and c2.subject = :subject and m2.active = true and"""
                + " " + ADMITTED.formatted("m2") + """
                )
                 or exists (from CareAssignment a3, CareAbsence b3, CareProfessional c3 where a3.participantId = p.id
                            and b3.professionalId = a3.professionalId and b3.deputyId = c3.professionalId and c3.subject = :subject
                            and b3.fromDate <= :today and b3.toDate >= :today))""", Map.copyOf(parameters));
    }

    private Map<String, Object> consentParameters() {
        return Map.of("consentActive", ConsentStatus.ACTIVE, "now", clock.instant(), "teamReceiver", ReceiverType.TEAM,
                "basicCategory", "%," + InformationCategory.BASIC.code() + ",%");
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(NORDIC));
    }
}
