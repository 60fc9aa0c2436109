package dev.helhet.referrals.support;

import dev.helhet.common.time.NordicTime;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the service under test, which a test moves to a day (a deadline passed) and back: real time plus an offset,
 * so that what else happens meanwhile keeps its order. Replaces the platform's clock, which is a default bean.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** From now on it is noon of this Nordic day, give or take the seconds the test takes. */
    public void moveTo(LocalDate day) {
        offset = Duration.between(Instant.now(), day.atTime(12, 0).atZone(NordicTime.ZONE).toInstant());
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
