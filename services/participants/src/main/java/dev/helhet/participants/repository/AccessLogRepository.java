package dev.helhet.participants.repository;

import dev.helhet.common.paging.Page;
import dev.helhet.common.paging.PageRequest;
import dev.helhet.common.persistence.UncachedPlan;
import dev.helhet.participants.domain.AccessLogEntry;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The append-only access log. */
@ApplicationScoped
public class AccessLogRepository implements PanacheRepository<AccessLogEntry> {

    /** The newest {@code most} entries about one record, newest first. */
    public Uni<List<AccessLogEntry>> newestOf(UUID participantId, int most) {
        return find("participantId = ?1 order by occurredAt desc, id desc", participantId).range(0, most - 1).list();
    }

    /** One page of the entries of several records of one person (one per municipality), newest first. */
    public Uni<Page<AccessLogEntry>> forParticipants(java.util.Collection<UUID> participantIds, PageRequest paging) {
        return page(find("participantId in ?1 order by occurredAt desc, id desc", participantIds), paging);
    }

    public Uni<Page<AccessLogEntry>> search(String municipalityId, UUID participantId, String actorSubject, java.time.Instant from,
                                            java.time.Instant to, PageRequest paging) {
        StringBuilder where = new StringBuilder("municipalityId = :municipality");
        io.quarkus.panache.common.Parameters parameters = io.quarkus.panache.common.Parameters.with("municipality", municipalityId);
        if (participantId != null) {
            where.append(" and participantId = :participant");
            parameters.and("participant", participantId);
        }
        if (actorSubject != null && !actorSubject.isBlank()) {
            where.append(" and actorSubject = :actor");
            parameters.and("actor", actorSubject);
        }
        if (from != null) {
            where.append(" and occurredAt >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            where.append(" and occurredAt < :to");
            parameters.and("to", to);
        }
        return page(find(where + " order by occurredAt desc, id desc", parameters), paging);
    }

    /** Counts first, then reads the page: a reactive session runs one statement at a time. */
    private static Uni<Page<AccessLogEntry>> page(PanacheQuery<AccessLogEntry> query, PageRequest paging) {
        return query.count().flatMap(total -> query.page(io.quarkus.panache.common.Page.of(paging.page(), paging.size())).list()
                .map(items -> new Page<>(items, paging.page(), paging.size(), total)));
    }

    /** How many entries the chain holds, and the position of the first whose hash does not follow (null: none). */
    public record ChainState(long entries, Long firstBrokenPosition) {
    }

    /** Recomputes the hash chain in the database (function access_log_verify, migration V3). */
    public Uni<ChainState> verifyChain() {
        return io.quarkus.hibernate.reactive.panache.Panache.getSession().flatMap(session -> UncachedPlan.bind(session.createNativeQuery(
                        "select entries, first_broken_position from access_log_verify() where " + UncachedPlan.CONDITION, Object[].class))
                .getSingleResult())
                .map(row -> new ChainState(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue()));
    }
}
