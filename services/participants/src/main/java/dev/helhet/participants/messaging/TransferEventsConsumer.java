package dev.helhet.participants.messaging;

import dev.helhet.common.messaging.EventHandlers;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.Topics;
import dev.helhet.contracts.referrals.TransferAccepted;
import dev.helhet.participants.service.MovingIn;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A transfer accepted by the municipality a person moves to: her record there, and this one closed as moved. */
@ApplicationScoped
public class TransferEventsConsumer {

    static final String CHANNEL = "transition-events";

    private final IdempotentConsumer consumer;
    private final EventHandlers transfers;

    public TransferEventsConsumer(IdempotentConsumer consumer, MovingIn movingIn) {
        this.consumer = consumer;
        this.transfers = EventHandlers.forTopic(Topics.REFERRALS_TRANSITION_V1)
                .on(TransferAccepted.class, (event, envelope) -> movingIn.accepted(event.transferId(), event.participantId(),
                        envelope.municipalityId(), event.toMunicipalityId(), envelope.actor()));
    }

    @Incoming(CHANNEL)
    public Uni<Void> transitions(String record) {
        return consumer.consume(CHANNEL, record, transfers);
    }
}
