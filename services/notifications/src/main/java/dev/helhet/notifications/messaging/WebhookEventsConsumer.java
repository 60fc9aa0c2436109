package dev.helhet.notifications.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helhet.common.messaging.EventHandlers;
import dev.helhet.common.messaging.IdempotentConsumer;
import dev.helhet.contracts.EventEnvelope;
import dev.helhet.contracts.Topics;
import dev.helhet.contracts.participants.ParticipantRegistered;
import dev.helhet.contracts.referrals.ReferralAccepted;
import dev.helhet.contracts.referrals.ReferralCancelled;
import dev.helhet.contracts.referrals.ReferralCompleted;
import dev.helhet.contracts.referrals.ReferralFailed;
import dev.helhet.contracts.referrals.ReferralRejected;
import dev.helhet.contracts.referrals.ReferralRequested;
import dev.helhet.contracts.referrals.TransferAccepted;
import dev.helhet.contracts.referrals.TransitionDue;
import dev.helhet.notifications.domain.WebhookEvent;
import dev.helhet.notifications.domain.WebhookEventType;
import dev.helhet.notifications.service.DeliveryPlanner;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/**
 * Hears the events a webhook can come from and writes their deliveries, once per event (IdempotentConsumer): which topic
 * event becomes which webhook event type is decided here, and nothing of the payload but ids travels on.
 */
@ApplicationScoped
public class WebhookEventsConsumer {

    private final IdempotentConsumer consumer;
    private final EventHandlers participants;
    private final EventHandlers referrals;
    private final EventHandlers transitions;

    public WebhookEventsConsumer(IdempotentConsumer consumer, DeliveryPlanner planner) {
        this.consumer = consumer;
        this.participants = EventHandlers.forTopic(Topics.PARTICIPANTS_PARTICIPANT_V1)
                .on(ParticipantRegistered.class, (event, envelope) -> planner.plan(
                        webhook(envelope, WebhookEventType.PARTICIPANT_REGISTERED, event.participantId(), null)));
        this.referrals = EventHandlers.forTopic(Topics.REFERRALS_REFERRAL_V1)
                .on(ReferralRequested.class, (event, envelope) -> planner.plan(
                        webhook(envelope, WebhookEventType.REFERRAL_REQUESTED, event.referralId(), event.receivingOrganisationId())))
                .on(ReferralAccepted.class, (event, envelope) -> planner.plan(
                        webhook(envelope, WebhookEventType.REFERRAL_ANSWERED, event.referralId(), event.receivingOrganisationId())))
                .on(ReferralRejected.class, (event, envelope) -> planner.plan(
                        webhook(envelope, WebhookEventType.REFERRAL_ANSWERED, event.referralId(), event.receivingOrganisationId())))
                .on(ReferralCompleted.class, (event, envelope) -> planner.plan(
                        webhook(envelope, WebhookEventType.REFERRAL_CLOSED, event.referralId(), event.receivingOrganisationId())))
                .on(ReferralFailed.class, (event, envelope) -> planner.plan(
                        webhook(envelope, WebhookEventType.REFERRAL_CLOSED, event.referralId(), event.receivingOrganisationId())))
                .on(ReferralCancelled.class, (event, envelope) -> planner.plan(
                        webhook(envelope, WebhookEventType.REFERRAL_CLOSED, event.referralId(), event.receivingOrganisationId())));
        this.transitions = EventHandlers.forTopic(Topics.REFERRALS_TRANSITION_V1)
                .on(TransitionDue.class, (event, envelope) -> planner.plan(
                        webhook(envelope, WebhookEventType.TRANSITION_DUE, event.participantId(), null)))
                .on(TransferAccepted.class, (event, envelope) -> planner.plan(
                        webhook(envelope, WebhookEventType.PARTICIPANT_MOVED, event.participantId(), null)));
    }

    private static WebhookEvent webhook(EventEnvelope<JsonNode> envelope, WebhookEventType type, UUID subject, UUID addressedTo) {
        return new WebhookEvent(envelope.eventId(), type, envelope.occurredAt(), envelope.municipalityId(), subject, addressedTo);
    }

    @Incoming("participant-events")
    public Uni<Void> participants(String record) {
        return consumer.consume("participant-events", record, participants);
    }

    @Incoming("referral-events")
    public Uni<Void> referrals(String record) {
        return consumer.consume("referral-events", record, referrals);
    }

    @Incoming("transition-events")
    public Uni<Void> transitions(String record) {
        return consumer.consume("transition-events", record, transitions);
    }
}
