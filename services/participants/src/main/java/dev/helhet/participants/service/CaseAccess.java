package dev.helhet.participants.service;

import dev.helhet.careaccess.CareRelation;
import dev.helhet.careaccess.InformationCategory;
import dev.helhet.careaccess.NeedToKnow;
import dev.helhet.careaccess.repository.CareFactsRepository;
import dev.helhet.careaccess.service.CareAccess;
import dev.helhet.common.audit.AccessAudit;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.time.NordicTime;
import dev.helhet.participants.domain.Participant;
import dev.helhet.participants.domain.ProgrammeEnrolment;
import dev.helhet.participants.repository.ParticipantRepository;
import dev.helhet.participants.repository.ParticipantRepository.Visibility;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Need-to-know for this service: the facts from its own projections of the coordinators' events and its
 * own consents, decided by {@link NeedToKnow} (services/care-access), the one place the rule is written.
 * Because the consents are this service's own, a revocation closes the door in the transaction that records it.
 * Every permitted access is written to the access log; a refusal answers 404 (as if the person did
 * not exist) and is logged too, for the municipality that holds the person.
 */
@ApplicationScoped
public class CaseAccess {

    private static final Logger LOG = Logger.getLogger(CaseAccess.class);

    private final ParticipantRepository participants;
    private final CareAccess careAccess;
    private final CareFactsRepository facts;
    private final AccessAudit audit;
    private final Clock clock;

    public CaseAccess(ParticipantRepository participants, CareAccess careAccess, CareFactsRepository facts, AccessAudit audit, Clock clock) {
        this.participants = participants;
        this.careAccess = careAccess;
        this.facts = facts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The person, why the caller may see them, the team member's organisation ({@code organisationId}) and the
     * categories of information open to the caller.
     */
    public record Access(Participant participant, CareRelation relation, UUID organisationId, Set<InformationCategory> open) {

        /** The enrolments whose programme's category is open to the caller. */
        public List<ProgrammeEnrolment> visible(List<ProgrammeEnrolment> enrolments) {
            return enrolments.stream().filter(enrolment -> open.contains(enrolment.programme.category())).toList();
        }
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
                participant -> Uni.createFrom().item(new Access(participant, CareRelation.ADMINISTRATOR, null, Set.of())));
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

    /** Why the caller may see the person and what, or null: the care-access module decides. */
    public Uni<Access> relation(Caller caller, Participant participant) {
        return careAccess.decide(caller, participant.id, participant.municipalityId).map(decided -> decided.decision().admitted()
                ? new Access(participant, decided.decision().relation(), decided.memberOrganisation(), decided.decision().open())
                : null);
    }

    /** The organisations the caller works for, as the coordinators service registered them (none for a non-professional). */
    public Uni<Set<UUID>> organisationsOf(Caller caller) {
        return facts.organisationsOf(caller.subject());
    }

    /** The organisation the person's coordinator acts for (whose members need no consent), or null without a coordinator. */
    public Uni<UUID> coordinatorOrganisationOf(UUID participantId) {
        return facts.coordinatorOrganisationOf(participantId);
    }

    /** Which people of the municipality the caller may see in a list: the same decision as {@link #relation}, person by person. */
    public Uni<Visibility> visibility(Caller caller) {
        return careAccess.visibleTo(caller).map(visible -> {
            if (visible.wholeMunicipality()) {
                return new Visibility(null, Map.of());
            }
            return visible.people().isEmpty() ? new Visibility("1 = 0", Map.of()) : new Visibility("p.id in :visible", Map.of("visible", visible.people()));
        });
    }

    public LocalDate today() {
        return NordicTime.today(clock);
    }
}
