package dev.helhet.e2e.faults;

import dev.helhet.e2e.Platform;
import dev.helhet.local.PostgresServer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL restarted under writes, every connection of every service cut: the services recover without being
 * restarted themselves, answer what failed meanwhile with 503 (the write was not carried out), and lose no acknowledged
 * write, neither in the service that took it nor downstream. Runs last: Keycloak, on the same PostgreSQL, answers sign-ins
 * with 500 for up to a minute afterwards, until its pool has dropped the connections the restart cut.
 */
@ExtendWith(Platform.class)
@Order(Integer.MAX_VALUE)
class PostgresRestartIT {

    /** While the database restarts a request may fail: 503 `unavailable` with Retry-After, never 500. */
    private static final Set<String> DATABASE_RESTARTING = Set.of("503");

    @Test
    void servicesRecoverByThemselvesAndLoseNothing() throws Exception {
        FaultRun.underLoad("PostgreSQL restarted", DATABASE_RESTARTING, () -> PostgresServer.restartRunning(Platform.profile()));

        try (HttpClient http = HttpClient.newHttpClient()) {
            for (var app : Platform.profile().services()) {
                await(app.name() + " ready again").atMost(Duration.ofSeconds(30)).until(() -> http.send(
                        HttpRequest.newBuilder(URI.create(app.baseUrl() + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            }
        }
    }
}
