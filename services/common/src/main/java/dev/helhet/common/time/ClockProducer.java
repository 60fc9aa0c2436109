package dev.helhet.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The platform's clock: UTC. A bean so that time-dependent rules (expiry, deadlines) can be tested. */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock utc() {
        return Clock.systemUTC();
    }
}
