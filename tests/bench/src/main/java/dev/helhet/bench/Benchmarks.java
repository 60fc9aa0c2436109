package dev.helhet.bench;

import dev.helhet.local.App;
import dev.helhet.local.QuarkusApp;
import dev.helhet.local.StackProfile;
import dev.helhet.testing.TestStack;
import dev.helhet.testing.Tokens;

import java.nio.file.Path;
import java.util.List;

/**
 * `make bench`: the caseload of a coordinator in a municipality of 20,000 people and 300
 * professionals, over HTTP against the packaged coordinators service on the real stack. Prints
 * the numbers; fails when the caseload's p99 exceeds its 50 ms target.
 */
public final class Benchmarks {

    private static final double CASELOAD_P99_TARGET_MS = 50;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        StackProfile profile = StackProfile.named(StackProfile.TEST, Path.of(System.getProperty("helhet.root", ".")).toAbsolutePath().normalize());
        App coordinators = profile.apps().stream().filter(app -> app.name().equals("coordinators")).findFirst().orElseThrow();
        String jdbc = "jdbc:postgresql://localhost:" + TestStack.get("postgres.port") + "/coordinators";

        try (QuarkusApp service = QuarkusApp.start(coordinators, profile).awaitReady()) {
            long seeding = System.nanoTime();
            CaseloadData.seed(jdbc, "coordinators", Tokens.subject("asker.coordinator"));
            System.out.printf("seeded %,d people, %,d professionals, %,d assignments in %.1f s%n", CaseloadData.PEOPLE,
                    CaseloadData.PROFESSIONALS, CaseloadData.ASSIGNED, (System.nanoTime() - seeding) / 1e9);

            String caseload = coordinators.baseUrl() + "/api/v1/coordinators/caseload";
            String queue = caseload + "/unassigned?size=50";
            LatencyRun.closedLoop("warm-up", caseload, () -> Tokens.user("asker.coordinator"), 4, 2_000);
            LatencyRun.closedLoop("warm-up", queue, () -> Tokens.user("asker.teamlead"), 4, 1_000);

            List<LatencyRun.Result> results = List.of(
                    LatencyRun.closedLoop("caseload (my ~60 people)", caseload, () -> Tokens.user("asker.coordinator"), 1, 2_000),
                    LatencyRun.closedLoop("caseload (my ~60 people)", caseload, () -> Tokens.user("asker.coordinator"), 4, 4_000),
                    LatencyRun.atRate("caseload (my ~60 people)", caseload, () -> Tokens.user("asker.coordinator"), 100, 3_000),
                    LatencyRun.closedLoop("unassigned queue (2,000 people, page 50)", queue, () -> Tokens.user("asker.teamlead"), 4, 2_000));
            System.out.println();
            System.out.println("Caseload benchmark — coordinators service, 20,000 people / 300 professionals in one municipality");
            results.forEach(result -> System.out.println("  " + result.line()));
            double p99 = results.get(2).percentileMillis(99);
            System.out.printf("%n  target: caseload p99 < %.0f ms at 100 req/s -> %s (%.2f ms)%n", CASELOAD_P99_TARGET_MS,
                    p99 < CASELOAD_P99_TARGET_MS ? "MET" : "MISSED", p99);
            if (p99 >= CASELOAD_P99_TARGET_MS) {
                System.exit(1);
            }
        }
    }
}
