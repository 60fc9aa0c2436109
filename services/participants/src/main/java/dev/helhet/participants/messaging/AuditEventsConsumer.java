package dev.helhet.participants.messaging;

import dev.helhet.common.messaging.EventHandlers;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.Topics;
import dev.helhet.contracts.audit.PersonalDataAccessed;
import dev.helhet.participants.domain.AccessLogEntry;
import dev.helhet.participants.repository.AccessLogRepository;
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

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public AuditEventsConsumer(IdempotentConsumer consumer, AccessLogRepository log) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.AUDIT_ACCESS_V1).on(PersonalDataAccessed.class,
                (access, envelope) -> log.persist(AccessLogEntry.of(envelope, access)).replaceWithVoid());
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(String record) {
        return consumer.consume(CHANNEL, record, handlers);
    }
}
