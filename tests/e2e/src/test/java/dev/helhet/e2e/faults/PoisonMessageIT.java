package dev.helhet.e2e.faults;

import dev.helhet.contracts.Topics;
import dev.helhet.e2e.Platform;
import dev.helhet.local.Launcher;
import dev.helhet.testing.KafkaProbe;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A record no consumer can read, among good ones: every consumer of the topic sets it aside in the dead-letter topic
 * and goes on with the rest; after the record is corrected, the documented replay ({@code launcher dead-letters export}
 * then {@code replay}) brings it back and every consumer applies it once.
 */
@ExtendWith(Platform.class)
@Order(Integer.MAX_VALUE - 35)
class PoisonMessageIT {

    private static final String TOPIC = Topics.PARTICIPANTS_PARTICIPANT_V1;
    /** Every service that consumes the topic (docs/events.md) and so dead-letters what it cannot read. */
    private static final int CONSUMERS = 5;
    private static final List<String> CONSUMING_SERVICES = List.of("coordinators", "agreements", "referrals", "statistics", "notifications");

    @Test
    void aPoisonRecordIsSetAsideAndComesBackAfterAFix(@TempDir Path workDir) throws Exception {
        UUID poisoned = UUID.randomUUID();
        // A producer's bug: a timestamp without the ISO 8601 'T' and zone; no consumer can read the envelope.
        String occurredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String broken = occurredAt.replace("T", " ").replace("Z", ""); // e.g. 2026-12-02 10:15:00
        List<KafkaProbe.Received> deadLetters = new ArrayList<>();
        Downstream downstream = Downstream.markNow();
        java.util.Map<String, Double> countedBefore = new java.util.HashMap<>();
        CONSUMING_SERVICES.forEach(service -> countedBefore.put(service, deadLettersCounted(service)));
        try (KafkaProbe dlq = KafkaProbe.watch(TOPIC + ".dlq")) {
            KafkaProbe.send(TOPIC, poisoned.toString(), envelope(poisoned, broken));
            WriteLoad.Outcome outcome;
            try (WriteLoad load = WriteLoad.start(Platform.gatewayUrl(), FaultRun.freshToken(), FaultRun.WRITES_PER_SECOND)) {
                Thread.sleep(4_000);
                outcome = load.stop();
            }
            Downstream.Tally flowed = downstream.awaitArrival(outcome.acknowledged(), Duration.ofSeconds(60));
            for (int consumer = 0; consumer < CONSUMERS; consumer++) {
                dlq.await(received -> poisoned.toString().equals(received.key()), Duration.ofSeconds(30)).ifPresent(deadLetters::add);
            }
            assertAll("before the replay",
                    () -> assertEquals(CONSUMERS, deadLetters.size(), "dead letters of the poison record, one per consumer"),
                    () -> assertTrue(deadLetters.stream().allMatch(letter -> letter.header("dead-letter-reason") != null),
                            "each dead letter says why"),
                    () -> assertEquals(0, flowed.lost(), "good records after the poison one: " + flowed.line()),
                    () -> assertEquals(CONSUMERS, downstream.awaitArrival(Set.of(), Duration.ZERO).deadLettered(),
                            "only the poison record is dead-lettered, once by each consumer"),
                    () -> assertEquals(0, Downstream.markNow().awaitArrival(Set.of(poisoned), Duration.ZERO).arrived(), "the poison record had an effect"));
        }

        // What the chart's HelhetDeadLetters alert counts: each consumer's records set aside, by dead-letter topic.
        for (String service : CONSUMING_SERVICES) {
            assertEquals(countedBefore.get(service) + 1, deadLettersCounted(service), service + " counts its dead letter");
        }

        Path file = workDir.resolve("dead-letters.jsonl");
        Launcher.main(new String[] {"dead-letters", "export", "--profile", "test", "--topic", TOPIC, "--file", file.toString()});
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> ours = lines.stream().filter(line -> line.contains(poisoned.toString())).toList();
        // The operator's fix: the timestamp written as the contract says.
        Files.write(file, ours.stream().map(line -> line.replace(broken, occurredAt)).toList(),
                StandardCharsets.UTF_8);
        Downstream afterTheFix = Downstream.markNow();
        Launcher.main(new String[] {"dead-letters", "replay", "--profile", "test", "--file", file.toString()});

        Downstream.Tally replayed = afterTheFix.awaitArrival(Set.of(poisoned), Duration.ofSeconds(60));
        System.out.printf("[faults] poison record: %d dead letters (one per consumer), exported %d time(s); after the fix and replay: %s%n",
                deadLetters.size(), ours.size(), replayed.line());
        assertAll("after the replay",
                () -> assertEquals(1, ours.size(), "the record is exported once though every consumer dead-lettered it"),
                () -> assertEquals(1, replayed.arrived(), "the corrected record reached the consumers"),
                () -> assertEquals(0, replayed.duplicated(), "the corrected record had one effect"),
                () -> assertEquals(0, replayed.deadLettered(), "no consumer set the corrected record aside"));
    }

    /** {@code helhet_events_dead_lettered_total} of the topic's dead letters at one service; it must exist from the start. */
    private static double deadLettersCounted(String service) {
        String metrics = io.restassured.RestAssured.get(Platform.serviceUrl(service) + "/q/metrics").asString();
        return metrics.lines().filter(line -> line.startsWith("helhet_events_dead_lettered_total{") && line.contains("topic=\"" + TOPIC + ".dlq\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).reduce(Double::sum)
                .orElseThrow(() -> new AssertionError(service + " has no series for " + TOPIC + ".dlq yet: an alert on increase() would miss the first"));
    }

    private static String envelope(UUID participant, String occurredAt) {
        return """
                {"eventId": "%s", "eventType": "ParticipantRegistered", "eventVersion": 1, "occurredAt": "%s", "municipalityId": "asker",
                 "aggregateId": "%s", "actor": {"type": "system", "subject": "poison-test"}, "traceparent": null,
                 "payload": {"participantId": "%s", "ageBand": null}}""".formatted(UUID.randomUUID(), occurredAt, participant, participant);
    }
}
