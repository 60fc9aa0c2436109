package dev.helhet.participants.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.common.messaging.EventReader;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.EventEnvelope;
import dev.helhet.contracts.audit.PersonalDataAccessed;
import dev.helhet.participants.domain.AccessLogEntry;
import dev.helhet.participants.repository.AccessLogRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the access log: every service's {@code PersonalDataAccessed} from {@code audit.access.v1},
 * once each, appended to the hash chain (the database computes the chain, see migration V3).
 */
@ApplicationScoped
public class AuditEventsConsumer {

    static final String CHANNEL = "audit-events";

    private final EventReader reader;
    private final IdempotentConsumer idempotency;
    private final AccessLogRepository log;

    public AuditEventsConsumer(EventReader reader, IdempotentConsumer idempotency, AccessLogRepository log) {
        this.reader = reader;
        this.idempotency = idempotency;
        this.log = log;
    }

    @Incoming(CHANNEL)
    @WithTransaction
    public Uni<Void> consume(String record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record);
        if (!"PersonalDataAccessed".equals(envelope.eventType())) {
            return Uni.createFrom().voidItem();
        }
        return idempotency.once(CHANNEL, envelope.eventId(), () -> {
            PersonalDataAccessed access = reader.payload(envelope, PersonalDataAccessed.class);
            AccessLogEntry entry = new AccessLogEntry();
            entry.eventId = envelope.eventId();
            entry.occurredAt = envelope.occurredAt();
            entry.municipalityId = envelope.municipalityId();
            entry.participantId = access.participantId();
            entry.actorType = envelope.actor().type().json();
            entry.actorSubject = envelope.actor().subject();
            entry.actorRoles = String.join(",", access.actorRoles());
            entry.service = access.service();
            entry.resource = access.resource();
            entry.action = access.action();
            entry.purpose = access.purpose();
            entry.outcome = access.outcome();
            entry.requestId = access.requestId();
            return log.persist(entry).replaceWithVoid();
        }).replaceWithVoid();
    }
}
