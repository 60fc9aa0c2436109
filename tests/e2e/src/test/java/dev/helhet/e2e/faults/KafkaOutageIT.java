package dev.helhet.e2e.faults;

import dev.helhet.e2e.Platform;
import dev.helhet.local.KafkaBroker;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;

/**
 * The broker stopped for a minute under writes: every registration is still acknowledged (it waits in the outbox), and
 * once Kafka is back every one of them arrives downstream exactly once. Runs after the other end-to-end classes because
 * it takes the broker away from everything for a while.
 */
@ExtendWith(Platform.class)
@Order(Integer.MAX_VALUE - 40)
class KafkaOutageIT {

    @Test
    void everyAcknowledgedWriteArrivesOnceAfterAMinuteWithoutKafka() throws Exception {
        FaultRun.underLoad("Kafka stopped for 60 s", Set.of(), () -> {
            KafkaBroker.stopRunning(Platform.profile());
            try {
                Thread.sleep(60_000);
            } finally {
                KafkaBroker.start(Platform.profile());
            }
        });
    }
}
