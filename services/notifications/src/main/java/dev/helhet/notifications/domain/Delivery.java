package dev.helhet.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event to be sent to one subscription, and how its attempts went: the row the delivery log shows. */
@Entity
@Table(name = "delivery")
public class Delivery {

    /** The longest error text kept: a reason, never a receiver's body. */
    public static final int LONGEST_ERROR = 200;

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "municipality_id", nullable = false)
    public String municipalityId;

    @Column(name = "subject_kind", nullable = false)
    public String subjectKind;

    @Column(name = "subject_id", nullable = false)
    public UUID subjectId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** A delivery of the event to the subscription, due at once. */
    public static Delivery of(Subscription subscription, WebhookEvent event, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscription.id;
        delivery.eventId = event.eventId();
        delivery.eventType = event.type().code();
        delivery.municipalityId = event.municipalityId();
        delivery.subjectKind = event.type().subjectKind();
        delivery.subjectId = event.subjectId();
        delivery.occurredAt = event.occurredAt();
        delivery.status = DeliveryStatus.PENDING;
        delivery.nextAttemptAt = now;
        delivery.createdAt = now;
        return delivery;
    }

    /** The outcome of one attempt: an HTTP status, or an error where no answer came. */
    public void attempted(Instant at, Integer httpStatus, String error) {
        attempts++;
        lastAttemptAt = at;
        lastStatus = httpStatus;
        lastError = error == null ? null : error.length() > LONGEST_ERROR ? error.substring(0, LONGEST_ERROR) : error;
    }

    public void delivered() {
        status = DeliveryStatus.DELIVERED;
        nextAttemptAt = null;
    }

    public void retryAt(Instant next) {
        status = DeliveryStatus.PENDING;
        nextAttemptAt = next;
    }

    public void failed() {
        status = DeliveryStatus.FAILED;
        nextAttemptAt = null;
    }
}
