package dev.helhet.notifications.service;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried next: the first wait, doubling with each attempt up to the longest wait, each spread by
 * up to a fifth either way so receivers coming back are not hit by every retry at once; none after the delivery's deadline.
 */
public record Backoff(Duration first, Duration longest, Duration giveUpAfter) {

    /** The next attempt after {@code attempts} failed ones, or null when it would pass the deadline of a delivery made at {@code madeAt}. */
    public Instant next(Instant now, int attempts, Instant madeAt) {
        long doublings = Math.min(attempts - 1L, 30);
        long wait = Math.min(longest.toMillis(), first.toMillis() << doublings);
        long spread = Math.round(wait * (0.8 + 0.4 * ThreadLocalRandom.current().nextDouble()));
        Instant next = now.plusMillis(spread);
        return next.isAfter(madeAt.plus(giveUpAfter)) ? null : next;
    }
}
