package dev.helhet.e2e;

import dev.helhet.testing.RevocationLatency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static dev.helhet.e2e.GatewayApi.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How soon a revoked consent shuts the door, measured over 20 revocations ({@link RevocationLatency}, which
 * {@code make bench} runs too): the participants service decides consent and refuses the very next read; the
 * coordinators and agreements services learn it through the outbox and Kafka and must refuse within 1 s (p99).
 */
@ExtendWith(Platform.class)
class RevocationLatencyIT {

    private static final int PEOPLE = 20;

    @Test
    void aRevocationIsEnforcedAtOnceWhereItIsDecidedAndWithinASecondElsewhere() {
        RevocationLatency.Result result = RevocationLatency.measure(
                new RevocationLatency.Urls(api(), Platform.serviceUrl("coordinators"), Platform.serviceUrl("agreements")), PEOPLE, "latency");
        result.lines().forEach(line -> System.out.println("[e2e] revocation of " + PEOPLE + " consents: " + line));
        assertEquals(PEOPLE, result.refusedAtOnce(), "participants still served a person after the revocation");
        long coordinatorsP99 = result.p99(result.coordinators());
        long agreementsP99 = result.p99(result.agreements());
        assertTrue(coordinatorsP99 < 1000, "coordinators took " + coordinatorsP99 + " ms (p99) to refuse after a revocation");
        assertTrue(agreementsP99 < 1000, "agreements took " + agreementsP99 + " ms (p99) to refuse after a revocation");
    }
}
