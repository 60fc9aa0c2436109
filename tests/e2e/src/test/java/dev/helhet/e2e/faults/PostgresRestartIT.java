package dev.helhet.e2e.faults;

import dev.helhet.contracts.Topics;
import dev.helhet.e2e.Platform;
import dev.helhet.local.PostgresServer;
import dev.helhet.testing.KafkaProbe;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PostgreSQL stopped for 70 s under writes (every connection of every service cut), then started again: the services
 * recover without being restarted themselves, answer what failed meanwhile with 503 (the write was not carried out),
 * and lose no acknowledged write. An event that reaches the consumers while the database is away is held, retried, and
 * applied once it is back, not dead-lettered; 70 s outlasts the throttled commit strategy's default of 60 s for a record
 * left unacknowledged.
 * Runs last: Keycloak, on the same PostgreSQL, answers sign-ins with 500 for up to a minute afterwards, until its pool
 * has dropped the connections the outage cut.
 */
@ExtendWith(Platform.class)
@Order(Integer.MAX_VALUE)
class PostgresRestartIT {

    /** While the database is away a request fails: 503 `unavailable` with Retry-After, never 500. */
    private static final Set<String> DATABASE_AWAY = Set.of("503 unavailable");
    private static final Duration OUTAGE = Duration.ofSeconds(70);

    @Test
    void servicesRideOutADatabaseOutageAndLoseNothing() throws Exception {
        AtomicReference<UUID> sentWhileAway = new AtomicReference<>();
        Downstream downstream = Downstream.markNow();
        FaultRun.underLoad("PostgreSQL stopped for 70 s", DATABASE_AWAY, () -> {
            try {
                PostgresServer.stopRunning(Platform.profile());
                sentWhileAway.set(registrationEvent());
                Thread.sleep(OUTAGE.toMillis());
            } finally {
                PostgresServer.startStopped(Platform.profile());
            }
        });

        Downstream.Tally held = downstream.awaitArrival(Set.of(sentWhileAway.get()), Duration.ofSeconds(60));
        System.out.printf("[faults] an event consumed while PostgreSQL was away: %s%n", held.line());
        assertAll("the event consumed while the database was away",
                () -> assertEquals(1, held.arrived(), "applied once the database was back"),
                () -> assertEquals(0, held.duplicated()),
                () -> assertEquals(0, held.deadLettered(), "no consumer dead-lettered a good record for want of its database"));
        try (HttpClient http = HttpClient.newHttpClient()) {
            for (var app : Platform.profile().services()) {
                await(app.name() + " ready again").atMost(Duration.ofSeconds(30)).until(() -> http.send(
                        HttpRequest.newBuilder(URI.create(app.baseUrl() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            }
        }
    }

    /** A person registered in Asker, published straight to the topic (the participants service cannot while its database is away). */
    private static UUID registrationEvent() {
        UUID participant = UUID.randomUUID();
        KafkaProbe.send(Topics.PARTICIPANTS_PARTICIPANT_V1, participant.toString(), """
                {"eventId": "%s", "eventType": "ParticipantRegistered", "eventVersion": 1, "occurredAt": "%s", "municipalityId": "asker",
                 "aggregateId": "%s", "actor": {"type": "system", "subject": "fault-test"}, "traceparent": null,
                 "payload": {"participantId": "%s", "ageBand": null}}""".formatted(UUID.randomUUID(), Instant.now(), participant, participant));
        return participant;
    }
}
