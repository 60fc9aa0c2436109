package dev.helhet.careaccess.repository;

import dev.helhet.careaccess.ConsentStatus;
import dev.helhet.careaccess.projection.CareAbsence;
import dev.helhet.careaccess.projection.CareAssignment;
import dev.helhet.careaccess.projection.CareConsent;
import dev.helhet.careaccess.projection.CarePerson;
import dev.helhet.careaccess.projection.CareProfessional;
import dev.helhet.careaccess.projection.CareTeamMember;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes the care projections from the coordinators' and participants' events: who coordinates, deputises for and
 * is on the team of each person, which organisations a professional works for, and the person's consents. Every
 * write is an upsert or a no-op when repeated, so a replayed topic leaves the same rows. Call within a transaction.
 */
@ApplicationScoped
public class CareProjection {

    /** A person registered in a municipality (kept as it was when first told). */
    /** Who registered the person (a signed-in user's subject): the registrant sees them until a coordinator is assigned. */
    public Uni<Void> registeredBy(UUID participantId, String subject) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "insert into care_registration (participant_id, registered_by) values (:participant, :subject) on conflict do nothing")
                .setParameter("participant", participantId).setParameter("subject", subject).executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> personRegistered(UUID participantId, String municipalityId) {
        return Panache.getSession().flatMap(session -> session.find(CarePerson.class, participantId).flatMap(existing -> {
            if (existing != null) {
                // Registered again (her record reopened when she moved back): followed up here once more.
                existing.active = true;
                return Uni.createFrom().voidItem();
            }
            CarePerson person = new CarePerson();
            person.participantId = participantId;
            person.municipalityId = municipalityId;
            return session.persist(person);
        }));
    }

    /** Her follow-up here ended: she moved away, or it closed. */
    public Uni<Void> personClosed(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.find(CarePerson.class, participantId))
                .invoke(found -> {
                    if (found != null) {
                        found.active = false;
                    }
                })
                .replaceWithVoid();
    }

    public Uni<Void> coordinatorAssigned(UUID participantId, UUID assignmentId, UUID professionalId, UUID organisationId) {
        CareAssignment assignment = new CareAssignment();
        assignment.participantId = participantId;
        assignment.assignmentId = assignmentId;
        assignment.professionalId = professionalId;
        assignment.organisationId = organisationId;
        return Panache.getSession().flatMap(session -> session.merge(assignment)).replaceWithVoid();
    }

    /** Only the assignment named ends: a later one (after a hand-over) stays. */
    public Uni<Void> coordinatorUnassigned(UUID participantId, UUID assignmentId) {
        return Panache.getSession().flatMap(session -> session.createMutationQuery(
                        "delete from CareAssignment where participantId = :participant and assignmentId = :assignment")
                .setParameter("participant", participantId).setParameter("assignment", assignmentId)
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<Void> memberAdded(UUID memberId, UUID participantId, UUID professionalId, UUID organisationId) {
        CareTeamMember member = new CareTeamMember();
        member.memberId = memberId;
        member.participantId = participantId;
        member.professionalId = professionalId;
        member.organisationId = organisationId;
        member.active = true;
        return Panache.getSession().flatMap(session -> session.merge(member)).replaceWithVoid();
    }

    public Uni<Void> memberRemoved(UUID memberId) {
        return Panache.getSession().flatMap(session -> session.find(CareTeamMember.class, memberId).invoke(found -> {
            if (found != null) {
                found.active = false;
            }
        })).replaceWithVoid();
    }

    public Uni<Void> professional(UUID professionalId, String subject, List<UUID> organisationIds) {
        CareProfessional professional = new CareProfessional();
        professional.professionalId = professionalId;
        professional.subject = subject;
        professional.organisationIds = organisationIds.stream().map(UUID::toString).collect(Collectors.joining(","));
        return Panache.getSession().flatMap(session -> session.merge(professional)).replaceWithVoid();
    }

    public Uni<Void> absenceRecorded(UUID absenceId, UUID professionalId, UUID deputyId, LocalDate from, LocalDate to) {
        CareAbsence absence = new CareAbsence();
        absence.absenceId = absenceId;
        absence.professionalId = professionalId;
        absence.deputyId = deputyId;
        absence.fromDate = from;
        absence.toDate = to;
        return Panache.getSession().flatMap(session -> session.merge(absence)).replaceWithVoid();
    }

    public Uni<Void> absenceCancelled(UUID absenceId) {
        return Panache.getSession().flatMap(session -> session.createMutationQuery("delete from CareAbsence where absenceId = :absence")
                .setParameter("absence", absenceId).executeUpdate()).replaceWithVoid();
    }

    /** A consent given; a repeated event keeps the row as it is (it may have ended since). */
    public Uni<Void> consentGranted(CareConsent consent) {
        return Panache.getSession().flatMap(session -> session.find(CareConsent.class, consent.consentId)
                .flatMap(existing -> existing != null ? Uni.createFrom().voidItem() : session.persist(consent)));
    }

    public Uni<Void> consentEnded(UUID consentId, ConsentStatus ended) {
        return Panache.getSession().flatMap(session -> session.find(CareConsent.class, consentId).invoke(found -> {
            if (found != null) {
                found.end(ended);
            }
        })).replaceWithVoid();
    }

    /** The person's consents as projected, whatever their status. */
    public Uni<List<CareConsent>> consentsOf(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from CareConsent c where c.participantId = :participant order by c.validFrom desc", CareConsent.class)
                .setParameter("participant", participantId).getResultList());
    }
}
