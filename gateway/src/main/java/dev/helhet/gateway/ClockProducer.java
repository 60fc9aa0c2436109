package dev.helhet.gateway;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The gateway's clock: UTC. */
public class ClockProducer {

    @Produces
    @Singleton
    Clock utc() {
        return Clock.systemUTC();
    }
}
