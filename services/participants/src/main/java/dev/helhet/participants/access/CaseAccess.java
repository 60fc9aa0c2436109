package dev.helhet.participants.access;

import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.participants.domain.Participant;
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

    /** Why the caller may see the person, or null (see the database function {@code care_access}). */
    public Uni<Access> relation(Caller caller, Participant participant) {
        if (caller.hasRole(Roles.TEAM_LEAD)) {
            return Uni.createFrom().item(new Access(participant, CareRelation.TEAM_LEAD, null));
        }
        if (caller.hasRole(Roles.PARTNER)) {
            return Uni.createFrom().item(new Access(participant, CareRelation.PARTNER, null));
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        select relation, organisation_id from care_access(:subject, :now, :today) where participant_id = :participant""",
                        Object[].class)
                .setParameter("subject", caller.subject()).setParameter("now", now()).setParameter("today", today())
                .setParameter("participant", participant.id)
                .getResultList())
                // The closest relation wins: coordinator, deputy, admitted team member, registrant (their order in CareRelation).
                .map(rows -> rows.stream()
                        .map(row -> new Access(participant, CareRelation.valueOf((String) row[0]), (UUID) row[1]))
                        .min(java.util.Comparator.comparing(Access::relation))
                        .orElse(null));
    }

    /** The organisations the caller works for, as the coordinators service registered them (none for a non-professional). */
    public Uni<java.util.Set<UUID>> organisationsOf(Caller caller) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select me.organisationIds from CareProfessional me where me.subject = :subject", String.class)
                .setParameter("subject", caller.subject()).getResultList())
                .map(rows -> rows.stream().flatMap(ids -> java.util.Arrays.stream(ids.split(",")))
                        .filter(id -> !id.isBlank()).map(UUID::fromString).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    /** The organisation the person's coordinator acts for (whose members need no consent), or null without a coordinator. */
    public Uni<UUID> coordinatorOrganisationOf(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select a.organisationId from CareAssignment a where a.participantId = :participant", UUID.class)
                .setParameter("participant", participantId).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    /** Which people of the municipality the caller may see in a list: the same relations as {@link #relation}. */
    public Uni<Visibility> visibility(Caller caller) {
        if (caller.hasRole(Roles.TEAM_LEAD) || caller.hasRole(Roles.PARTNER)) {
            return Uni.createFrom().item(new Visibility(null, Map.of()));
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select distinct participant_id from care_access(:subject, :now, :today)", UUID.class)
                .setParameter("subject", caller.subject()).setParameter("now", now()).setParameter("today", today())
                .getResultList())
                .map(visible -> visible.isEmpty() ? new Visibility("1 = 0", Map.of())
                        : new Visibility("p.id in :visible", Map.of("visible", visible)));
    }

    /** Now as an offset date-time in UTC: bound as timestamptz whatever the database session's time zone. */
    private java.time.OffsetDateTime now() {
        return clock.instant().atOffset(java.time.ZoneOffset.UTC);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(NORDIC));
    }
}
