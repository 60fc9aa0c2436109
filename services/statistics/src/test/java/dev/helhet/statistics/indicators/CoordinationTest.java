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

/** Coordinator coverage as of now, and the days from registration to a coordinator in the month of the first assignment. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "statistics"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class CoordinationTest {

    private static final String AGE_BAND = "67-and-over";

    @Test
    void coverageCountsActivePeopleWithAndWithoutACoordinatorAndTheCoordinators() {
        awaitCaughtUp();
        Figures before = Figures.now("asker.analyst", "coordinator-coverage", "age-band", Map.of());
        Instant now = Instant.now().minus(1, ChronoUnit.HOURS);
        UUID coordinatorX = UUID.randomUUID();
        UUID coordinatorY = UUID.randomUUID();
        UUID organisation = UUID.randomUUID();

        UUID withOne = register(now);
        assigned(withOne, UUID.randomUUID(), coordinatorX, organisation, now);
        UUID handedOver = register(now);
        UUID first = UUID.randomUUID();
        assigned(handedOver, first, coordinatorY, organisation, now);
        send("CoordinatorHandedOver", "asker", now.plusSeconds(60), payload().put("participantId", handedOver.toString())
                .put("assignmentId", UUID.randomUUID().toString()).put("previousAssignmentId", first.toString())
                .put("fromProfessionalId", coordinatorY.toString()).put("toProfessionalId", coordinatorX.toString())
                .put("organisationId", organisation.toString()));
        UUID unassigned = register(now);
        UUID gone = UUID.randomUUID();
        assigned(unassigned, gone, coordinatorY, organisation, now);
        send("CoordinatorUnassigned", "asker", now.plusSeconds(60), payload().put("participantId", unassigned.toString())
                .put("assignmentId", gone.toString()).put("professionalId", coordinatorY.toString()));
        UUID closed = register(now);
        send("ParticipantClosed", "asker", now.plusSeconds(60), payload().put("participantId", closed.toString()).put("reason", "moved")
                .put("movedToMunicipalityId", "harstad"));
        awaitCaughtUp();

        Figures after = Figures.now("asker.analyst", "coordinator-coverage", "age-band", Map.of());
        assertEquals(3, delta(before, after, "active"), "three active, the closed follow-up not");
        assertEquals(2, delta(before, after, "withCoordinator"), "one assigned, one handed over");
        assertEquals(1, delta(before, after, "withoutCoordinator"), "the unassigned one");
        assertEquals(1, delta(before, after, "coordinators"), "X coordinates both; Y no one any more");
    }

    @Test
    void daysToACoordinatorCountInTheMonthOfTheFirstAssignment() {
        YearMonth month = freshPastMonth();
        UUID organisation = UUID.randomUUID();
        UUID twoDays = register(at(month, 1));
        assigned(twoDays, UUID.randomUUID(), UUID.randomUUID(), organisation, at(month, 3));
        UUID fourDays = register(at(month, 1));
        assigned(fourDays, UUID.randomUUID(), UUID.randomUUID(), organisation, at(month, 5));
        // A later assignment of the same person does not count again.
        assigned(fourDays, UUID.randomUUID(), UUID.randomUUID(), organisation, at(month, 25));
        awaitCaughtUp();

        Figures figures = Figures.of("asker.analyst", "time-to-coordinator", "month", month);
        assertEquals(2, figures.count(month.toString(), "assigned"));
        assertEquals(3.0, figures.value(month.toString(), "medianDays"));
        assertEquals(3.8, figures.value(month.toString(), "p90Days"));
    }

    private static UUID register(Instant at) {
        UUID person = UUID.randomUUID();
        send("ParticipantRegistered", "asker", at, payload().put("participantId", person.toString()).put("ageBand", AGE_BAND));
        return person;
    }

    private static void assigned(UUID person, UUID assignment, UUID coordinator, UUID organisation, Instant at) {
        send("CoordinatorAssigned", "asker", at, payload().put("participantId", person.toString()).put("assignmentId", assignment.toString())
                .put("professionalId", coordinator.toString()).put("organisationId", organisation.toString()));
    }

    private static long delta(Figures before, Figures after, String measure) {
        return after.count(AGE_BAND, measure) - (before.rows().stream().anyMatch(row -> AGE_BAND.equals(row.get("key")))
                ? before.count(AGE_BAND, measure) : 0);
    }
}
