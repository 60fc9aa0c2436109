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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static dev.helhet.statistics.support.StatisticsEvents.at;
import static dev.helhet.statistics.support.StatisticsEvents.awaitCaughtUp;
import static dev.helhet.statistics.support.StatisticsEvents.day;
import static dev.helhet.statistics.support.StatisticsEvents.freshMonth;
import static dev.helhet.statistics.support.StatisticsEvents.payload;
import static dev.helhet.statistics.support.StatisticsEvents.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Goals set, achieved and not by life area; actions done on time against the due date they had when done. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "statistics"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PlanTest {

    private final UUID person = UUID.randomUUID();

    @Test
    void goalsByLifeAreaAndTheirLatestStatus() {
        YearMonth month = freshMonth();
        UUID achieved = goal("work", month);
        UUID notAchieved = goal("work", month);
        UUID active = goal("health", month);
        UUID cancelled = goal("housing", month);
        status(achieved, "work", "active", "achieved", at(month, 20));
        status(notAchieved, "work", "active", "not-achieved", at(month, 20));
        status(active, "health", "proposed", "active", at(month, 10));
        // Out of order: the later change arrives first; the latest by time decides.
        status(cancelled, "housing", "active", "cancelled", at(month, 25));
        status(cancelled, "housing", "proposed", "active", at(month, 12));
        awaitCaughtUp();

        Figures byArea = Figures.of("asker.analyst", "goals", "life-area", month);
        assertEquals(2, byArea.count("work", "set"));
        assertEquals(1, byArea.count("work", "achieved"));
        assertEquals(1, byArea.count("work", "notAchieved"));
        assertEquals(0.5, byArea.value("work", "achievedShare"));
        assertEquals(1, byArea.count("health", "open"));
        assertEquals(1, byArea.count("housing", "cancelled"));
        assertEquals(4, byArea.count(null, "set"));
    }

    @Test
    void actionsDoneOnTimeAgainstTheirDueDate() {
        YearMonth month = freshMonth();
        UUID onTime = action(day(month, 20), month);
        done(onTime, at(month, 18));
        UUID late = action(day(month, 28), month);
        send("ActionRevised", "asker", at(month, 3), payload().put("participantId", person.toString()).put("actionId", late.toString())
                .put("category", "plan").put("responsible", "coordinator").put("dueDate", day(month, 10).toString()));
        done(late, at(month, 15));
        UUID undated = action(null, month);
        done(undated, at(month, 16));
        UUID reopened = action(day(month, 28), month);
        done(reopened, at(month, 5));
        send("ActionStatusChanged", "asker", at(month, 6), payload().put("participantId", person.toString())
                .put("actionId", reopened.toString()).put("from", "done").put("to", "in-progress"));
        awaitCaughtUp();

        Figures figures = Figures.of("asker.analyst", "actions-on-time", "month", month);
        String key = month.toString();
        assertEquals(3, figures.count(key, "done"), "the reopened action is not done");
        assertEquals(1, figures.count(key, "onTime"));
        assertEquals(1, figures.count(key, "late"), "due on the 10th after its revision, done on the 15th");
        assertEquals(1, figures.count(key, "withoutDueDate"));
        assertEquals(0.5, figures.value(key, "onTimeShare"));
    }

    private UUID goal(String lifeArea, YearMonth month) {
        UUID goal = UUID.randomUUID();
        send("GoalSet", "asker", at(month, 2), payload().put("participantId", person.toString()).put("goalId", goal.toString())
                .put("lifeArea", lifeArea).put("category", "plan"));
        return goal;
    }

    private void status(UUID goal, String lifeArea, String from, String to, Instant at) {
        send("GoalStatusChanged", "asker", at, payload().put("participantId", person.toString()).put("goalId", goal.toString())
                .put("lifeArea", lifeArea).put("category", "plan").put("from", from).put("to", to));
    }

    private UUID action(LocalDate due, YearMonth month) {
        UUID action = UUID.randomUUID();
        var agreed = payload().put("participantId", person.toString()).put("actionId", action.toString())
                .put("category", "plan").put("responsible", "coordinator");
        if (due != null) {
            agreed.put("dueDate", due.toString());
        }
        send("ActionAgreed", "asker", at(month, 1), agreed);
        return action;
    }

    private void done(UUID action, Instant at) {
        send("ActionStatusChanged", "asker", at, payload().put("participantId", person.toString()).put("actionId", action.toString())
                .put("from", "in-progress").put("to", "done"));
    }
}
