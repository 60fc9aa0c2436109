package dev.helhet.e2e.faults;

import dev.helhet.e2e.Platform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;

/**
 * A service killed with {@code kill -9} under writes and started again: the producer loses no acknowledged write (its
 * outbox row was committed with the change) and the consumer, which had handled events whose offsets it never
 * committed, handles them again without a second effect.
 */
@ExtendWith(Platform.class)
@Order(Integer.MAX_VALUE - 30)
class ServiceCrashIT {

    /**
     * While the participants service is away the gateway cannot reach it (503, the request never got there), and the
     * requests it was handling when it died lost their connection (502, outcome unknown); none was acknowledged.
     */
    private static final Set<String> UPSTREAM_DOWN = Set.of("502 bad-gateway", "503 unavailable");

    @Test
    void theProducerKilledMidWriteLosesNothing() throws Exception {
        FaultRun.underLoad("participants killed (kill -9) and restarted", UPSTREAM_DOWN, () -> {
            Platform.kill("participants");
            Platform.restart("participants");
        });
    }

    @Test
    void consumersKilledMidBatchCountNothingTwice() throws Exception {
        FaultRun.underLoad("statistics and coordinators killed (kill -9) and restarted", Set.of(), () -> {
            Platform.kill("statistics");
            Platform.kill("coordinators");
            Platform.restart("statistics");
            Platform.restart("coordinators");
        });
    }
}
