package dev.helhet.participants.repository;

import dev.helhet.common.persistence.UncachedPlan;
import dev.helhet.common.problem.ProblemException;
import dev.helhet.participants.domain.Consent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Consents, with their history in {@link ConsentChangeRepository}. */
@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<Consent, UUID> {

    public Uni<List<Consent>> forParticipant(UUID participantId) {
        return list("participantId = ?1 order by recordedAt desc, id desc", participantId);
    }

    public Uni<Consent> require(UUID participantId, UUID consentId) {
        return find("id = ?1 and participantId = ?2", consentId, participantId).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Consent " + consentId));
    }

    /** Active consents past their valid-to, locked so that parallel replicas each take different ones. */
    public Uni<List<Consent>> lockDueToExpire(Instant now, int limit) {
        return Panache.getSession().flatMap(session -> UncachedPlan.bind(session.createNativeQuery("""
                        select * from consent
                         where status = 'active' and valid_to <= :now and %s
                         order by valid_to
                         limit :limit
                           for update skip locked""".formatted(UncachedPlan.CONDITION), Consent.class))
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList());
    }
}
