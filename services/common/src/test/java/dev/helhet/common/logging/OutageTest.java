package dev.helhet.common.logging;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An outage of five failed ticks a second is told when it starts, once a minute, and when it ends. */
class OutageTest {

    @Test
    void aLongOutageIsToldAtItsStartOnceAMinuteAndAtItsEnd() {
        MovableClock clock = new MovableClock();
        Outage outage = new Outage("Outbox relay", clock);
        assertNull(outage.succeeded(), "nothing to say while all is well");

        List<String> lines = new ArrayList<>();
        for (int tick = 0; tick < 5 * 150; tick++) { // 150 s of failures, a tick every 200 ms
            lines.add(outage.failed(new ConnectException("Connection refused")));
            clock.advanceMillis(200);
        }
        lines.add(outage.succeeded());
        lines.add(outage.succeeded());
        List<String> said = lines.stream().filter(Objects::nonNull).toList();

        assertEquals(4, said.size(), String.join("\n", said));
        assertTrue(said.get(0).startsWith("Outbox relay failed (will retry): java.net.ConnectException"), said.get(0));
        assertTrue(said.get(1).startsWith("Outbox relay still failing after 60 s and 301 attempts"), said.get(1));
        assertTrue(said.get(2).startsWith("Outbox relay still failing after 120 s and 601 attempts"), said.get(2));
        assertEquals("Outbox relay works again after 150 s and 750 failed attempts", said.get(3));
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T03:00:00Z");

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
