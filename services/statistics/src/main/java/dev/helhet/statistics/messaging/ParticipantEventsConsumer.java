package dev.helhet.statistics.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.common.messaging.EventReader;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.EventEnvelope;
import dev.helhet.contracts.participants.ParticipantRegistered;
import dev.helhet.statistics.domain.ParticipantRegistration;
import dev.helhet.statistics.repository.ParticipantRegistrationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the participant read model from {@code participants.participant.v1}. Each event has its
 * effect once, in the same transaction as its processed-event mark; event types this consumer does
 * not use are marked processed and skipped. An unreadable record goes to the topic's dead letters.
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    static final String CHANNEL = "participant-events";

    private final EventReader reader;
    private final IdempotentConsumer idempotency;
    private final ParticipantRegistrationRepository registrations;

    public ParticipantEventsConsumer(EventReader reader, IdempotentConsumer idempotency,
                                     ParticipantRegistrationRepository registrations) {
        this.reader = reader;
        this.idempotency = idempotency;
        this.registrations = registrations;
    }

    @Incoming(CHANNEL)
    @WithTransaction
    public Uni<Void> consume(String record) {
        EventEnvelope<JsonNode> envelope = reader.envelope(record);
        return idempotency.once(CHANNEL, envelope.eventId(), () -> apply(envelope)).replaceWithVoid();
    }

    private Uni<Void> apply(EventEnvelope<JsonNode> envelope) {
        if (!"ParticipantRegistered".equals(envelope.eventType())) {
            return Uni.createFrom().voidItem();
        }
        ParticipantRegistered registered = reader.payload(envelope, ParticipantRegistered.class);
        return registrations.findById(registered.participantId())
                .flatMap(existing -> existing != null
                        ? Uni.createFrom().voidItem()
                        : registrations.persist(ParticipantRegistration.of(
                                registered.participantId(), envelope.municipalityId(), envelope.occurredAt())).replaceWithVoid());
    }
}
