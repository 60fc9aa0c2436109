package dev.helhet.common.logging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Decides what to log about a failure that repeats on every tick of a periodic job — Kafka or the database away: a line when it starts,
 * one a minute while it lasts, and one when it ends, instead of five warnings a second that bury everything else in an
 * operator's log. Answers the line to log, or null when there is nothing new to say.
 */
public final class Outage {

    public static final Duration REMINDER = Duration.ofMinutes(1);

    private final String what;
    private final Clock clock;
    private Instant since;
    private Instant lastSaid;
    private long failures;

    public Outage(String what, Clock clock) {
        this.what = what;
        this.clock = clock;
    }

    /** One more failure: a warning if it starts an outage or the last one is a minute old, else null. */
    public synchronized String failed(Throwable failure) {
        Instant now = clock.instant();
        failures++;
        if (since == null) {
            since = now;
            lastSaid = now;
            return what + " failed (will retry): " + failure;
        }
        if (now.isBefore(lastSaid.plus(REMINDER))) {
            return null;
        }
        lastSaid = now;
        return "%s still failing after %d s and %d attempts (will retry): %s".formatted(what,
                Duration.between(since, now).toSeconds(), failures, failure);
    }

    /** A success: a line if it ends an outage, else null. */
    public synchronized String succeeded() {
        if (since == null) {
            return null;
        }
        String line = "%s works again after %d s and %d failed attempts".formatted(what, Duration.between(since, clock.instant()).toSeconds(), failures);
        since = null;
        failures = 0;
        return line;
    }
}
