package dev.helhet.common.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one calendar of the platform: a date (an absence, a programme day, a deadline) is a day in Nordic time.
 * Norway, Sweden and Denmark share the zone's offsets, so Europe/Oslo stands for all three.
 */
public final class NordicTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    private NordicTime() {
    }

    /** Today's date in the Nordic countries by this clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The Nordic date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
