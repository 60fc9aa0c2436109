package dev.helhet.participants.messaging;

import dev.helhet.common.outbox.OutboxBacklog;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox backlog and the age of its oldest event reach /q/metrics. The events are written in a transaction the test
 * rolls back, so the relay never sees them and nothing is published.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class OutboxBacklogTest {

    private static final Pattern BACKLOG = Pattern.compile("(?m)^helhet_outbox_backlog(?:\\{[^}]*})? (\\S+)$");
    private static final Pattern OLDEST = Pattern.compile("(?m)^helhet_outbox_oldest_age_seconds(?:\\{[^}]*})? (\\S+)$");

    @Inject
    Pool pool;

    @Inject
    OutboxBacklog backlog;

    @Test
    void theMetricsShowWhatWaitsAndForHowLong() {
        pool.withTransaction(connection -> connection.query("""
                        insert into outbox_event (event_id, topic, message_key, event_type, envelope, created_at)
                        select gen_random_uuid(), 'participants.participant.v1', 'backlog-test', 'BacklogTest', '{}',
                               now() - make_interval(secs => 90 + n)
                          from generate_series(1, 3) as n""").execute()
                .flatMap(ignored -> backlog.refresh(connection))
                .flatMap(ignored -> Uni.createFrom().failure(new RolledBack())))
                .onFailure(RolledBack.class).recoverWithNull()
                .await().atMost(Duration.ofSeconds(10));

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(3.0, value(BACKLOG, metrics), "three events wait");
        double oldest = value(OLDEST, metrics);
        assertTrue(oldest >= 93 && oldest < 120, "the oldest has waited 93 s: " + oldest);

        backlog.refresh(pool).await().atMost(Duration.ofSeconds(10));
        String after = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertEquals(0.0, value(OLDEST, after), "rolled back, nothing waits: " + after.lines().filter(l -> l.startsWith("helhet_outbox")).toList());
    }

    private static double value(Pattern metric, String metrics) {
        Matcher matcher = metric.matcher(metrics);
        assertTrue(matcher.find(), metric.pattern() + " is not on /q/metrics");
        return Double.parseDouble(matcher.group(1));
    }

    /** Ends the test's transaction without committing it. */
    private static final class RolledBack extends RuntimeException {
        RolledBack() {
            super(null, null, false, false);
        }
    }
}
