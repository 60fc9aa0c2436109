package dev.helhet.notifications.rest;

import dev.helhet.common.idempotency.KeptForReplay;
import dev.helhet.notifications.domain.Delivery;
import dev.helhet.notifications.domain.Subscription;
import dev.helhet.notifications.domain.WebhookEventType;
import dev.helhet.notifications.service.ReceiverAddresses;
import dev.helhet.notifications.service.Subscriptions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The bodies of the notifications API: subscriptions in and out, and the delivery log. */
final class SubscriptionDtos {

    static final String EVENT_TYPES = "referral.requested, referral.answered, referral.closed, transition.due, participant.registered,"
            + " participant.moved";
    static final String EVENT_TYPE = "^(referral\\.requested|referral\\.answered|referral\\.closed|transition\\.due"
            + "|participant\\.registered|participant\\.moved)$";

    private SubscriptionDtos() {
    }

    @Schema(name = "SubscriptionInput")
    record Input(
            @NotBlank @Size(max = ReceiverAddresses.LONGEST_URL)
            @Schema(description = "Where the webhooks go: an https URL of a public host (it answers 2xx to accept one)", required = true,
                    format = "uri", example = "https://school.example.no/helhet/webhooks")
            String url,
            @NotNull @Size(min = 1, max = 6)
            @Schema(description = "The event types to be sent, of " + EVENT_TYPES, required = true, uniqueItems = true,
                    example = "[\"referral.requested\", \"referral.closed\"]")
            List<@NotNull @Pattern(regexp = EVENT_TYPE, message = "must be one of " + EVENT_TYPES) String> eventTypes) {
    }

    @Schema(name = "SecretRotation")
    record Rotation(
            @NotNull @Min(0) @Max(24)
            @Schema(description = "How many hours the replaced secret still signs too, so your receiver can switch over (24 at"
                    + " most); 0 when it leaked: it stops signing at once", required = true, minimum = "0", maximum = "24", example = "24")
            Integer previousSecretSignsForHours) {
    }

    @Schema(name = "Subscription")
    record View(
            @Schema(description = "The subscription", required = true) UUID id,
            @Schema(description = "Where the webhooks go", required = true, maxLength = ReceiverAddresses.LONGEST_URL, format = "uri",
                    example = "https://school.example.no/helhet/webhooks") String url,
            @Schema(description = "The event types sent", required = true, maxItems = 6, uniqueItems = true,
                    example = "[\"referral.requested\", \"referral.closed\"]") List<String> eventTypes,
            @Schema(description = "The organisation the client was registered for when it subscribed: referral events are those"
                    + " addressed to it") UUID organisationId,
            @Schema(description = "When it was made", required = true) Instant createdAt,
            @Schema(description = "Until when the secret replaced last still signs too (after a rotation)") Instant previousSecretSignsUntil) {

        static View of(Subscription subscription) {
            return new View(subscription.id, subscription.url,
                    subscription.eventTypes().stream().map(WebhookEventType::code).sorted().toList(), subscription.organisationId,
                    subscription.createdAt, subscription.previousSecretUntil);
        }
    }

    @Schema(name = "SubscriptionWithSecret", description = "A subscription and its signing secret, shown this once")
    record WithSecret(
            @Schema(description = "The subscription", required = true) View subscription,
            @Schema(description = "The signing secret: keep it in your secret store; Helhet shows it only now. Absent from a"
                    + " replayed answer (Idempotent-Replayed): rotate the secret if the first answer was lost", maxLength = 64,
                    example = "whsec_3q2-7wD9Jx3cS1L0k4mE5nQ8pR2tU6vY9zA1bC4dE7f") String secret) implements KeptForReplay {

        static WithSecret of(Subscriptions.WithSecret made) {
            return new WithSecret(View.of(made.subscription()), made.secret());
        }

        @Override
        public Object forReplay() {
            return new WithSecret(subscription, null);
        }
    }

    @Schema(name = "WebhookSubject")
    record Subject(
            @Schema(description = "What the id identifies: referral or participant", required = true, maxLength = 32, example = "referral")
            String kind,
            @Schema(description = "Its id: read it through the API with your own token", required = true) UUID id) {
    }

    @Schema(name = "WebhookDelivery")
    record DeliveryView(
            @Schema(description = "The delivery, sent as Helhet-Webhook-Id", required = true) UUID id,
            @Schema(description = "The event, the body's id", required = true) UUID eventId,
            @Schema(description = "The event type", required = true, maxLength = 64, example = "referral.requested") String eventType,
            @Schema(description = "What the event is about", required = true) Subject subject,
            @Schema(description = "When the event happened", required = true) Instant occurredAt,
            @Schema(description = "pending (tried again at nextAttemptAt), delivered (answered 2xx) or failed (a day of attempts)",
                    required = true, enumeration = {"pending", "delivered", "failed"}, example = "delivered") String status,
            @Schema(description = "Attempts made", required = true, minimum = "0", maximum = "100", example = "1") int attempts,
            @Schema(description = "When the last attempt was made") Instant lastAttemptAt,
            @Schema(description = "The receiver's HTTP status at the last attempt", minimum = "100", maximum = "599", example = "200")
            Integer lastStatus,
            @Schema(description = "Why the last attempt failed, where it got no 2xx", maxLength = Delivery.LONGEST_ERROR,
                    example = "connection refused") String lastError,
            @Schema(description = "When it is tried next, while pending") Instant nextAttemptAt) {

        static DeliveryView of(Delivery delivery) {
            return new DeliveryView(delivery.id, delivery.eventId, delivery.eventType, new Subject(delivery.subjectKind, delivery.subjectId),
                    delivery.occurredAt, delivery.status.name().toLowerCase(java.util.Locale.ROOT), delivery.attempts, delivery.lastAttemptAt,
                    delivery.lastStatus, delivery.lastError, delivery.nextAttemptAt);
        }
    }
}
