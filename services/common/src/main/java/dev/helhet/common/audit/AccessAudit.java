package dev.helhet.common.audit;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.outbox.OutboxEvent;
import dev.helhet.common.persistence.UncachedPlan;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.contracts.audit.PersonalDataAccessed;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Records every read or change of a person's data as {@code PersonalDataAccessed} on
 * {@code audit.access.v1}, through the outbox: a permitted access in the caller's transaction (no
 * entry for a change that rolled back), a denied one in a transaction of its own (the request fails,
 * the trace stays). Never lost when Kafka is down; the participants service keeps the log.
 */
@ApplicationScoped
public class AccessAudit {

    public static final String PERMITTED = "permitted";
    public static final String DENIED = "denied";
    private static final Logger LOG = Logger.getLogger(AccessAudit.class);
    private static final int LIST_SLICE = 500;

    private final EventPublisher events;
    private final Pool pool;
    private final String service;
    private final Duration listWindow;
    private final Clock clock;

    public AccessAudit(EventPublisher events, Pool pool, @ConfigProperty(name = "quarkus.application.name") String service,
                       @ConfigProperty(name = "helhet.audit.list-window", defaultValue = "10m") Duration listWindow, Clock clock) {
        this.events = events;
        this.pool = pool;
        this.service = service;
        this.listWindow = listWindow;
        this.clock = clock;
    }

    /** Call inside the transaction of the access. */
    public Uni<Void> permitted(Caller caller, String municipalityId, UUID participantId, String resource, String action, String purpose) {
        return events.publish(entry(caller, participantId, resource, action, PERMITTED, purpose), municipalityId,
                participantId.toString(), caller.actor()).replaceWithVoid();
    }

    /**
     * A list showed these people to the caller: one entry per person (action {@code list}), except for those this
     * caller saw in the same list within {@code helhet.audit.list-window} — a coordinator refreshing their caseload
     * writes no new line in each person's log every time. Call inside the transaction of the read: the memory of
     * what was logged ({@code list_view}) and the entries commit or roll back together, so nothing is skipped.
     */
    public Uni<Void> listed(Caller caller, String municipalityId, Collection<UUID> participantIds, String list) {
        List<UUID> shown = List.copyOf(new java.util.LinkedHashSet<>(participantIds));
        Uni<Void> written = Uni.createFrom().voidItem();
        // In slices, so that no statement comes near PostgreSQL's limit of bound parameters.
        for (int from = 0; from < shown.size(); from += LIST_SLICE) {
            List<UUID> slice = shown.subList(from, Math.min(shown.size(), from + LIST_SLICE));
            written = written.flatMap(done -> listedSlice(caller, municipalityId, slice, list));
        }
        return written;
    }

    private Uni<Void> listedSlice(Caller caller, String municipalityId, List<UUID> shown, String list) {
        Instant now = clock.instant();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            rows.append(i == 0 ? "" : ", ").append("(?1, ?2, ?").append(i + 5).append(", ?3)");
        }
        return Panache.getSession().flatMap(session -> {
            int uncached = shown.size() + 5;
            var remember = UncachedPlan.bind(session.createNativeQuery("insert into list_view (actor_subject, list, participant_id, logged_at) values "
                            + rows + " on conflict (actor_subject, list, participant_id) do update set logged_at = excluded.logged_at"
                            + " where list_view.logged_at < ?4 and " + UncachedPlan.condition(uncached) + " returning participant_id", UUID.class),
                            uncached)
                    .setParameter(1, caller.subject()).setParameter(2, list)
                    .setParameter(3, now.atOffset(ZoneOffset.UTC)).setParameter(4, now.minus(listWindow).atOffset(ZoneOffset.UTC));
            for (int i = 0; i < shown.size(); i++) {
                remember.setParameter(i + 5, shown.get(i));
            }
            return remember.getResultList();
        }).flatMap(unlogged -> events.publishAll(unlogged.stream()
                .map(id -> new EventPublisher.Keyed(entry(caller, id, list, "list", PERMITTED, null), id.toString()))
                .toList(), municipalityId, caller.actor()));
    }

    /** A refusal, stored in a transaction of its own so that it outlives the failing request. */
    public Uni<Void> denied(Caller caller, String municipalityId, UUID participantId, String resource, String action) {
        OutboxEvent row = events.row(entry(caller, participantId, resource, action, DENIED, null), municipalityId,
                participantId.toString(), caller.actor());
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        insert into outbox_event (event_id, topic, message_key, event_type, envelope, traceparent, created_at)
                        values ($1, $2, $3, $4, $5, $6, $7)""")
                        .execute(Tuple.tuple().addUUID(row.eventId).addString(row.topic).addString(row.messageKey)
                                .addString(row.eventType).addString(row.envelope).addString(row.traceparent)
                                .addOffsetDateTime(row.createdAt.atOffset(ZoneOffset.UTC))))
                .onFailure().invoke(failure -> LOG.errorf("Could not record a denied access to %s: %s", participantId, failure.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private PersonalDataAccessed entry(Caller caller, UUID participantId, String resource, String action, String outcome, String purpose) {
        return new PersonalDataAccessed(participantId, service, resource, action, outcome, purpose,
                caller.roles().stream().filter(Roles.ALL::contains).sorted().toList(), caller.requestId());
    }
}
