package dev.helhet.statistics.messaging;

import dev.helhet.common.messaging.EventHandlers;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.Topics;
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

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    public ParticipantEventsConsumer(IdempotentConsumer consumer, ParticipantRegistrationRepository registrations) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.PARTICIPANTS_PARTICIPANT_V1)
                .on(ParticipantRegistered.class, (registered, envelope) -> registrations.findById(registered.participantId())
                        .flatMap(existing -> existing != null
                                ? Uni.createFrom().voidItem()
                                : registrations.persist(ParticipantRegistration.of(
                                        registered.participantId(), envelope.municipalityId(), envelope.occurredAt())).replaceWithVoid()));
    }

    @Incoming(CHANNEL)
    @WithTransaction
    public Uni<Void> consume(String record) {
        return consumer.consume(CHANNEL, record, handlers);
    }
}
