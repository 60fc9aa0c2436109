package dev.helhet.e2e;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.TestStack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Waits until what earlier tests of the run set in motion has come to rest: the participants service's
 * outbox has published every row, and the statistics service has consumed every participant event. Tests
 * that compare counts take their baseline only after this, or an event still on its way from another test
 * class would be counted as theirs.
 */
final class Settled {

    /** The statistics service's consumer group (its application.properties: the read model's generation). */
    static final String STATISTICS_GROUP = "statistics-read-model-1";

    private Settled() {
    }

    static void participantEvents() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> unpublished("participants") == 0);
        KafkaProbe.awaitCaughtUp(STATISTICS_GROUP, Topics.PARTICIPANTS_PARTICIPANT_V1, Duration.ofSeconds(60));
    }

    private static long unpublished(String service) throws SQLException {
        String url = "jdbc:postgresql://" + TestStack.get("postgres.host") + ":" + TestStack.get("postgres.port") + "/" + service;
        try (Connection connection = DriverManager.getConnection(url, service, service);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from outbox_event where published_at is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
