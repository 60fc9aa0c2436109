package dev.helhet.notifications.domain;

/** Where a delivery stands: waiting for its next attempt, answered with a 2xx, or given up after a day. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
