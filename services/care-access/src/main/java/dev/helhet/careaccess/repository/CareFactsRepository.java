package dev.helhet.careaccess.repository;

import dev.helhet.common.persistence.UncachedPlan;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The ties need-to-know decides on, read from the care projections (the database function {@code care_ties},
 * db/care-access/relations). Nothing here decides.
 */
@ApplicationScoped
public class CareFactsRepository {

    /** How a signed-in professional is tied to a person; {@code tie} is a CareRelation name. */
    public record Tie(UUID participantId, String tie, UUID organisationId, LocalDate from, LocalDate to, UUID coordinatorOrganisation) {
    }

    /** Every tie of the professional signed in as {@code subject}. */
    public Uni<List<Tie>> ties(String subject) {
        return Panache.getSession().flatMap(session -> UncachedPlan.bind(session.createNativeQuery(
                                "select * from care_ties(:subject) where " + UncachedPlan.CONDITION, Object[].class))
                        .setParameter("subject", subject).getResultList())
                .map(CareFactsRepository::ties);
    }

    /** The professional's ties to one person. */
    public Uni<List<Tie>> ties(String subject, UUID participantId) {
        return Panache.getSession().flatMap(session -> UncachedPlan.bind(session.createNativeQuery(
                                "select * from care_ties(:subject) where participant_id = :participant and " + UncachedPlan.CONDITION, Object[].class))
                        .setParameter("subject", subject).setParameter("participant", participantId).getResultList())
                .map(CareFactsRepository::ties);
    }

    /** The organisations the professional signed in as {@code subject} works for (none for a non-professional). */
    public Uni<Set<UUID>> organisationsOf(String subject) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select me.organisationIds from CareProfessional me where me.subject = :subject", String.class)
                .setParameter("subject", subject).getResultList())
                .map(rows -> rows.stream().flatMap(ids -> Arrays.stream(ids.split(",")))
                        .filter(id -> !id.isBlank()).map(UUID::fromString).collect(Collectors.toUnmodifiableSet()));
    }

    /** The signed-in professional's id as one working for this organisation; null when they do not. */
    public Uni<UUID> professionalFor(String subject, UUID organisationId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "from CareProfessional me where me.subject = :subject", dev.helhet.careaccess.projection.CareProfessional.class)
                .setParameter("subject", subject).getResultList())
                .map(found -> found.stream()
                        .filter(me -> Arrays.asList(me.organisationIds.split(",")).contains(organisationId.toString()))
                        .map(me -> me.professionalId).sorted().findFirst().orElse(null));
    }

    /** The professional registrations of the user signed in as {@code subject} (one per municipality; none for a non-professional). */
    public Uni<Set<UUID>> professionalIdsOf(String subject) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select me.professionalId from CareProfessional me where me.subject = :subject", UUID.class)
                .setParameter("subject", subject).getResultList())
                .map(Set::copyOf);
    }

    /** The municipality a person is registered in, or null for a person this service has not heard of (care_person). */
    /** Whether the person's follow-up goes on where she is registered (false once she moved away or it closed; null: unknown). */
    public Uni<Boolean> isActive(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select p.active from CarePerson p where p.participantId = :participant", Boolean.class)
                .setParameter("participant", participantId).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    public Uni<String> municipalityOf(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select p.municipalityId from CarePerson p where p.participantId = :participant", String.class)
                .setParameter("participant", participantId).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    /** The organisation the person's coordinator acts for, or null without a coordinator. */
    public Uni<UUID> coordinatorOrganisationOf(UUID participantId) {
        return Panache.getSession().flatMap(session -> session.createQuery(
                        "select a.organisationId from CareAssignment a where a.participantId = :participant", UUID.class)
                .setParameter("participant", participantId).getResultList())
                .map(found -> found.isEmpty() ? null : found.getFirst());
    }

    private static List<Tie> ties(List<Object[]> rows) {
        return rows.stream().map(row -> new Tie((UUID) row[0], (String) row[1], (UUID) row[2], (LocalDate) row[3], (LocalDate) row[4],
                (UUID) row[5])).toList();
    }
}
