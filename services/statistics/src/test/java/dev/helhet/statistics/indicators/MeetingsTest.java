package dev.helhet.statistics.indicators;

import dev.helhet.statistics.support.Figures;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static dev.helhet.statistics.support.StatisticsEvents.at;
import static dev.helhet.statistics.support.StatisticsEvents.awaitCaughtUp;
import static dev.helhet.statistics.support.StatisticsEvents.freshPastMonth;
import static dev.helhet.statistics.support.StatisticsEvents.payload;
import static dev.helhet.statistics.support.StatisticsEvents.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Time to the first team meeting, who was at the table, and people with a meeting in the last weeks. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "statistics"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class MeetingsTest {

    @Test
    void daysToTheFirstTeamMeetingAndWhoWasThere() {
        YearMonth month = freshPastMonth();
        UUID person = UUID.randomUUID();
        send("ParticipantRegistered", "asker", at(month, 1), payload().put("participantId", person.toString()));
        held(person, "follow-up", at(month, 5), true, false);      // not a team meeting: not the first team meeting
        held(person, "team-meeting", at(month, 11), true, true);   // ten days after registration
        held(person, "team-meeting", at(month, 20), true, false);
        held(person, "internal", at(month, 21), false, false);
        awaitCaughtUp();

        Figures first = Figures.of("asker.analyst", "time-to-first-meeting", "month", month);
        assertEquals(1, first.count(month.toString(), "people"));
        assertEquals(10.0, first.value(month.toString(), "medianDays"));

        Figures attendance = Figures.of("asker.analyst", "meeting-attendance", "month", month);
        String key = month.toString();
        assertEquals(4, attendance.count(key, "held"));
        assertEquals(3, attendance.count(key, "withPerson"));
        assertEquals(1, attendance.count(key, "withNetworkPerson"));
        assertEquals(0.75, attendance.value(key, "withPersonShare"));
        assertEquals(2, Figures.of("asker.analyst", "meeting-attendance", "kind", month).count("team-meeting", "held"));
    }

    @Test
    void recentMeetingsCountActivePeopleMetWithinTheWeeksAsked() {
        Map<String, Object> eightWeeks = Map.of("weeks", 8);
        awaitCaughtUp();
        Figures before = Figures.now("asker.analyst", "recent-meetings", "programme", eightWeeks);
        Instant now = Instant.now();
        UUID metRecently = UUID.randomUUID();
        UUID metLongAgo = UUID.randomUUID();
        send("ParticipantRegistered", "asker", now.minus(300, ChronoUnit.DAYS), payload().put("participantId", metRecently.toString()));
        send("ParticipantRegistered", "asker", now.minus(300, ChronoUnit.DAYS), payload().put("participantId", metLongAgo.toString()));
        held(metRecently, "team-meeting", now.minus(14, ChronoUnit.DAYS), true, false);
        held(metLongAgo, "team-meeting", now.minus(140, ChronoUnit.DAYS), true, false);
        held(metLongAgo, "internal", now.minus(3, ChronoUnit.DAYS), false, false); // without her: not a meeting with her
        awaitCaughtUp();

        Figures after = Figures.now("asker.analyst", "recent-meetings", "programme", eightWeeks);
        assertEquals(2, after.count("none", "active") - countOrZero(before, "active"));
        assertEquals(1, after.count("none", "withRecentMeeting") - countOrZero(before, "withRecentMeeting"));
        assertEquals(1, after.count("none", "withoutRecentMeeting") - countOrZero(before, "withoutRecentMeeting"));
    }

    private static long countOrZero(Figures figures, String measure) {
        return figures.rows().stream().anyMatch(row -> "none".equals(row.get("key"))) ? figures.count("none", measure) : 0;
    }

    private static void held(UUID person, String kind, Instant heldAt, boolean withPerson, boolean withNetworkPerson) {
        send("MeetingHeld", "asker", heldAt, payload().put("participantId", person.toString()).put("meetingId", UUID.randomUUID().toString())
                .put("kind", kind).put("heldAt", heldAt.toString()).put("withPerson", withPerson).put("withNetworkPerson", withNetworkPerson));
    }
}
