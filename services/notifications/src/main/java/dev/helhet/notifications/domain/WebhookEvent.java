package dev.helhet.notifications.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as a webhook tells it: ids, a type and a time, never the content (ADR 0042). {@code addressedTo} is the
 * receiving organisation of a referral event, used only to choose the subscriptions; it is not sent.
 */
public record WebhookEvent(UUID eventId, WebhookEventType type, Instant occurredAt, String municipalityId, UUID subjectId,
                           UUID addressedTo) {

    /** Whether a subscription made by a client registered for {@code organisationId} is sent this event. */
    public boolean concerns(UUID organisationId) {
        return type.rule() != WebhookEventType.Rule.ADDRESSED_TO_ITS_ORGANISATION
                || (organisationId != null && organisationId.equals(addressedTo));
    }
}
