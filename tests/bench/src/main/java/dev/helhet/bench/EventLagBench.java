package dev.helhet.bench;

import dev.helhet.testing.Tokens;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long a committed change takes to reach the read models of the services that consume it: people registered in the
 * participants service at a fixed rate, and for each of their events the time from the outbox row's creation (stamped
 * by the service just before its commit) to the start of the consumer's transaction that applied it ({@code
 * processed_event}; the statistics fact's {@code recorded_at}); one host, one clock, and no polling to blur them. Prints
 * p50/p99/max per consumer and for the relay (outbox row to published, after the broker's acknowledgement).
 */
final class EventLagBench {

    static final double LAG_P99_TARGET_MS = 1_000;
    static final int RATE = 100;
    /** The rate of the warm-up and of a first step that leaves the machine room to spare. */
    private static final int WARM_UP_RATE = 20;
    private static final int LIGHT_RATE = 20;
    private static final int STEP_SECONDS = 30;
    private static final String TOPIC = "participants.participant.v1";
    private static final String PROCESSED_EVENTS = """
            select consumer, event_id, (extract(epoch from processed_at) * 1000000)::bigint
            from processed_event where event_id = any(?)""";
    /**
     * Where each consuming service records when it applied an event: its consumers' idempotence table, or for the
     * statistics read model (idempotent by its own key) the fact's arrival time.
     */
    private static final Map<String, String> APPLIED = Map.of(
            "coordinators", PROCESSED_EVENTS,
            "agreements", PROCESSED_EVENTS,
            "referrals", PROCESSED_EVENTS,
            "statistics", """
                    select 'read model', event_id, (extract(epoch from recorded_at) * 1000000)::bigint
                    from fact where event_id = any(?)""");
    private static final Duration CATCH_UP = Duration.ofMinutes(2);

    private EventLagBench() {
    }

    /**
     * Runs it against started services: a warm-up, then a step at a rate the machine sustains with room to spare, then
     * the target's rate; answers whether every consumer's p99 met the target at that rate.
     */
    static boolean run(String participants, int postgresPort) throws Exception {
        String jdbc = "jdbc:postgresql://localhost:" + postgresPort + "/";
        long beforeWarmUp = lastOutboxId(jdbc);
        register("warm-up", participants, WARM_UP_RATE, WARM_UP_RATE * STEP_SECONDS);
        // Every step starts with the consumers idle, so that its lag is its own and not the backlog of the one before.
        awaitAll(jdbc, eventsSince(jdbc, beforeWarmUp));
        step(jdbc, participants, LIGHT_RATE);
        boolean met = step(jdbc, participants, RATE);
        System.out.printf("  target: every consumer's p99 <= %.0f ms at %d events/s -> %s%n%n", LAG_P99_TARGET_MS, RATE, met ? "MET" : "MISSED");
        return met;
    }

    /** One step: {@code rate} registrations a second for {@link #STEP_SECONDS}, each event followed to every read model. */
    private static boolean step(String jdbc, String participants, int rate) throws Exception {
        long mark = lastOutboxId(jdbc);
        LatencyRun.Result writes = register("registrations (POST, 201)", participants, rate, rate * STEP_SECONDS);
        Map<UUID, Long> written = eventsSince(jdbc, mark);
        if (written.size() != writes.requests()) {
            throw new IllegalStateException("expected " + writes.requests() + " " + TOPIC + " events in the outbox, found " + written.size());
        }
        Map<String, long[]> lagByConsumer = awaitAll(jdbc, written);
        System.out.println();
        System.out.printf("Event lag — people registered in the participants service at %d/s for %d s; %s events, written to applied%n",
                rate, STEP_SECONDS, TOPIC);
        System.out.println("  " + writes.line());
        System.out.println("  " + lagLine("outbox relay (written to published)", relayLag(jdbc, mark)));
        boolean met = true;
        for (Map.Entry<String, long[]> consumer : lagByConsumer.entrySet()) {
            System.out.println("  " + lagLine(consumer.getKey(), consumer.getValue()));
            met &= percentile(consumer.getValue(), 99) / 1e3 <= LAG_P99_TARGET_MS;
        }
        System.out.println();
        return met;
    }

    /** The {@link #TOPIC} events written after outbox row {@code mark}: event id to commit time in microseconds. */
    private static Map<UUID, Long> eventsSince(String jdbc, long mark) throws SQLException {
        Map<UUID, Long> written = new HashMap<>();
        try (Connection db = DriverManager.getConnection(jdbc + "participants", "participants", "participants");
             PreparedStatement outbox = db.prepareStatement("""
                     select event_id, (extract(epoch from created_at) * 1000000)::bigint
                     from outbox_event where id > ? and topic = ?""")) {
            outbox.setLong(1, mark);
            outbox.setString(2, TOPIC);
            try (ResultSet rows = outbox.executeQuery()) {
                while (rows.next()) {
                    written.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
        }
        return written;
    }

    /** Read once the consumers have everything, so that every row has been published: outbox row to broker ack, sorted. */
    private static long[] relayLag(String jdbc, long mark) throws SQLException {
        List<Long> lags = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbc + "participants", "participants", "participants");
             PreparedStatement outbox = db.prepareStatement("""
                     select (extract(epoch from published_at - created_at) * 1000000)::bigint
                     from outbox_event where id > ? and topic = ? and published_at is not null""")) {
            outbox.setLong(1, mark);
            outbox.setString(2, TOPIC);
            try (ResultSet rows = outbox.executeQuery()) {
                while (rows.next()) {
                    lags.add(rows.getLong(1));
                }
            }
        }
        return lags.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static Map<String, long[]> awaitAll(String jdbc, Map<UUID, Long> written) throws Exception {
        Map<String, long[]> lagByConsumer = new TreeMap<>();
        for (String service : new TreeMap<>(APPLIED).keySet()) {
            lagByConsumer.putAll(awaitLag(jdbc + service, service, APPLIED.get(service), written));
        }
        return lagByConsumer;
    }

    private static LatencyRun.Result register(String name, String participants, int rate, int count) throws Exception {
        AtomicInteger number = new AtomicInteger();
        String token = Tokens.issuedNow("asker.coordinator");
        URI uri = URI.create(participants + "/api/v1/participants");
        return LatencyRun.atRate(name, () -> HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Lag Bench " + number.incrementAndGet() + "\"}"))
                .build(), 201, rate, count);
    }

    private static long lastOutboxId(String jdbc) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbc + "participants", "participants", "participants");
             ResultSet row = db.createStatement().executeQuery("select coalesce(max(id), 0) from outbox_event")) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Waits until every consumer in one service's database has applied every written event, then answers each
     * consumer's lags in microseconds, sorted.
     */
    private static Map<String, long[]> awaitLag(String jdbc, String service, String appliedQuery, Map<UUID, Long> written) throws Exception {
        UUID[] ids = written.keySet().toArray(UUID[]::new);
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        try (Connection db = DriverManager.getConnection(jdbc, service, service);
             PreparedStatement applied = db.prepareStatement(appliedQuery)) {
            applied.setArray(1, db.createArrayOf("uuid", ids));
            while (true) {
                Map<String, List<Long>> lags = new TreeMap<>();
                try (ResultSet rows = applied.executeQuery()) {
                    while (rows.next()) {
                        long lag = rows.getLong(3) - written.get(rows.getObject(2, UUID.class));
                        lags.computeIfAbsent(service + " " + rows.getString(1), key -> new ArrayList<>()).add(lag);
                    }
                }
                if (!lags.isEmpty() && lags.values().stream().allMatch(list -> list.size() == ids.length)) {
                    Map<String, long[]> sorted = new TreeMap<>();
                    lags.forEach((consumer, list) -> sorted.put(consumer, list.stream().mapToLong(Long::longValue).sorted().toArray()));
                    return sorted;
                }
                if (System.nanoTime() > deadline) {
                    Map<String, Integer> counts = new TreeMap<>();
                    lags.forEach((consumer, list) -> counts.put(consumer, list.size()));
                    throw new IllegalStateException(service + " had not applied all " + ids.length + " events after " + CATCH_UP + ": " + counts);
                }
                Thread.sleep(500);
            }
        }
    }

    private static String lagLine(String name, long[] sortedMicros) {
        return String.format("%-52s n=%-6d p50=%7.1f ms  p99=%7.1f ms  max=%7.1f ms", name, sortedMicros.length,
                percentile(sortedMicros, 50) / 1e3, percentile(sortedMicros, 99) / 1e3, sortedMicros[sortedMicros.length - 1] / 1e3);
    }

    private static long percentile(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
