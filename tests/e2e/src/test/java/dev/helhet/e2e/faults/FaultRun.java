package dev.helhet.e2e.faults;

import dev.helhet.e2e.Platform;
import dev.helhet.testing.Tokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One fault under a bounded write load: registrations go through the gateway at a fixed rate before, during and after
 * the fault; afterwards every acknowledged one must have arrived downstream exactly once, and every other answer must
 * be one the fault explains. Prints the counts.
 */
final class FaultRun {

    static final int WRITES_PER_SECOND = 5;

    private FaultRun() {
    }

    /** The fault, done while the load runs; it returns once the platform should be whole again. */
    @FunctionalInterface
    interface Fault {
        void happen() throws Exception;
    }

    /**
     * Runs the load for a few seconds, then {@code fault}, then a few seconds more; checks and prints the outcome.
     * {@code allowed} names the answers (status and problem type, e.g. "503 unavailable", or "no answer (...)") the fault may cause.
     */
    static Downstream.Tally underLoad(String name, Set<String> allowed, Fault fault) throws Exception {
        Downstream downstream = Downstream.markNow();
        WriteLoad.Outcome outcome;
        try (WriteLoad load = WriteLoad.start(Platform.gatewayUrl(), freshToken(), WRITES_PER_SECOND)) {
            Thread.sleep(3_000);
            fault.happen();
            Thread.sleep(5_000);
            outcome = load.stop();
        }
        Downstream.Tally tally = downstream.awaitArrival(outcome.acknowledged(), Duration.ofSeconds(120));
        System.out.printf("[faults] %s: sent %d; %s; answers %s%n", name, outcome.sent(), tally.line(), outcome.outcomes());
        assertAll(name,
                () -> assertTrue(tally.acknowledged() > 0, "no write was acknowledged: " + outcome.outcomes()),
                () -> assertEquals(0, tally.lost(), "acknowledged writes that never arrived downstream"),
                () -> assertEquals(0, tally.duplicated(), "writes whose effect happened more than once downstream"),
                () -> assertEquals(0, tally.deadLettered(), "records consumers set aside as unreadable (good ones: the fault dead-lettered them)"),
                () -> assertEquals(Set.of(), outcome.unexpected(allowed).keySet(), () -> "answers the fault does not explain: "
                        + outcome.outcomes() + "; what the logs say about some of them:" + ServiceLogs.about(unexplained(outcome, allowed))));
        return tally;
    }

    private static Map<String, List<String>> unexplained(WriteLoad.Outcome outcome, Set<String> allowed) {
        Map<String, List<String>> ids = new TreeMap<>(outcome.requestIds());
        ids.keySet().retainAll(outcome.unexpected(allowed).keySet());
        return ids;
    }

    /** A coordinator's token issued now, so that it outlives the load (a cached one may expire halfway). */
    static String freshToken() {
        return Tokens.issuedNow("asker.coordinator");
    }
}
