package dev.helhet.bench;

import dev.helhet.testing.Tokens;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a request costs beyond the HTTP server's own floor: each service's {@code /q/health/live}
 * against an authenticated single-lookup read and an audited person read, and the same read through
 * the gateway against straight at the service, as throughput ratios measured in one run.
 */
final class PerRequestCostBench {

    static final double AUTHENTICATED_READ_TARGET = 0.25;
    static final double AUDITED_READ_TARGET = 0.15;
    static final double GATEWAY_TARGET = 0.70;
    /** As many connections as the wrk runs used; enough to keep both cores busy. */
    private static final int CLIENTS = 8;
    private static final int SECONDS = 8;
    private static final int ROUNDS = 2;
    private static final String ME = "/api/v1/coordinators/professionals/me";

    private PerRequestCostBench() {
    }

    static boolean run(String coordinators, String participants, String gateway, String participantsJdbc) throws Exception {
        String person = participants + "/api/v1/participants/" + onePersonOf(participantsJdbc, Tokens.subject("asker.coordinator"));
        Supplier<String> coordinator = () -> Tokens.user("asker.coordinator");
        Supplier<String> anonymous = () -> null;
        // C2 keeps compiling for a minute or more of load on two cores: every path gets its share first.
        for (String url : List.of(gateway + ME, person)) {
            LatencyRun.forSeconds("warm-up", url, coordinator, CLIENTS, 30);
        }
        LatencyRun.forSeconds("warm-up", coordinators + ME, coordinator, CLIENTS, 10);
        LatencyRun.forSeconds("warm-up", coordinators + "/q/health/live", anonymous, CLIENTS, 10);
        LatencyRun.forSeconds("warm-up", participants + "/q/health/live", anonymous, CLIENTS, 10);

        // Rounds alternate the paths so that each sees the same machine state (JIT, GC, page cache).
        List<List<LatencyRun.Result>> byPath = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (int round = 1; round <= ROUNDS; round++) {
            byPath.get(0).add(LatencyRun.forSeconds("coordinators /q/health/live", coordinators + "/q/health/live", anonymous, CLIENTS, SECONDS));
            byPath.get(1).add(LatencyRun.forSeconds("coordinators professionals/me", coordinators + ME, coordinator, CLIENTS, SECONDS));
            byPath.get(2).add(LatencyRun.forSeconds("gateway professionals/me", gateway + ME, coordinator, CLIENTS, SECONDS));
            byPath.get(3).add(LatencyRun.forSeconds("participants /q/health/live", participants + "/q/health/live", anonymous, CLIENTS, SECONDS));
            byPath.get(4).add(LatencyRun.forSeconds("participants participants/{id} (audited)", person, coordinator, CLIENTS, SECONDS));
        }
        List<LatencyRun.Result> merged = byPath.stream().map(runs -> LatencyRun.merge(runs.getFirst().name(), runs)).toList();
        System.out.println();
        System.out.printf("Per-request cost — closed loop, %d clients, %d rounds of %d s per path, alternating%n", CLIENTS, ROUNDS, SECONDS);
        merged.forEach(result -> System.out.println("  " + result.line()));
        System.out.println();
        boolean met = ratio("authenticated single-lookup read (professionals/me) / coordinators' health", merged.get(1), merged.get(0),
                AUTHENTICATED_READ_TARGET);
        met &= ratio("audited person read (participants/{id}) / participants' health", merged.get(4), merged.get(3), AUDITED_READ_TARGET);
        met &= ratio("professionals/me through the gateway / straight at coordinators", merged.get(2), merged.get(1), GATEWAY_TARGET);
        System.out.println();
        return met;
    }

    private static boolean ratio(String what, LatencyRun.Result path, LatencyRun.Result floor, double target) {
        double ratio = path.perSecond() / floor.perSecond();
        boolean met = ratio >= target;
        System.out.printf("  target: %s >= %.0f %% -> %s (%.1f %%)%n", what, target * 100, met ? "MET" : "MISSED", ratio * 100);
        return met;
    }

    /** A person the demo coordinator coordinates, so the read is allowed and written to the access log. */
    private static String onePersonOf(String jdbcUrl, String coordinatorSubject) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "participants", "participants");
             PreparedStatement query = db.prepareStatement("""
                     select a.participant_id from care_assignment a
                       join care_professional p on p.professional_id = a.professional_id
                      where p.subject = ? order by a.participant_id limit 1""")) {
            query.setString(1, coordinatorSubject);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the bench data gives the demo coordinator nobody to read");
                }
                return row.getString(1);
            }
        }
    }
}
