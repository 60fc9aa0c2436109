package dev.helhet.common.audit;

import dev.helhet.common.outbox.EventPublisher;
import dev.helhet.common.outbox.OutboxEvent;
import dev.helhet.common.tenancy.Caller;
import dev.helhet.common.tenancy.Roles;
import dev.helhet.contracts.audit.PersonalDataAccessed;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.ZoneOffset;
import java.util.Collection;
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

    private final EventPublisher events;
    private final Pool pool;
    private final String service;

    public AccessAudit(EventPublisher events, Pool pool, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.events = events;
        this.pool = pool;
        this.service = service;
    }

    /** Call inside the transaction of the access. */
    public Uni<Void> permitted(Caller caller, String municipalityId, UUID participantId, String resource, String action, String purpose) {
        return events.publish(entry(caller, participantId, resource, action, PERMITTED, purpose), municipalityId,
                participantId.toString(), caller.actor()).replaceWithVoid();
    }

    /** One entry per person, for a list that shows several. */
    public Uni<Void> permitted(Caller caller, String municipalityId, Collection<UUID> participantIds, String resource, String action) {
        return Multi.createFrom().iterable(participantIds)
                .onItem().transformToUniAndConcatenate(id -> permitted(caller, municipalityId, id, resource, action, null))
                .collect().last().replaceWithVoid();
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
