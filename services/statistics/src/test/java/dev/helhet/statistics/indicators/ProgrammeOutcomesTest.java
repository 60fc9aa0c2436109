package dev.helhet.statistics.indicators;

import dev.helhet.statistics.support.Figures;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.UUID;

import static dev.helhet.statistics.support.StatisticsEvents.at;
import static dev.helhet.statistics.support.StatisticsEvents.awaitCaughtUp;
import static dev.helhet.statistics.support.StatisticsEvents.day;
import static dev.helhet.statistics.support.StatisticsEvents.freshMonth;
import static dev.helhet.statistics.support.StatisticsEvents.payload;
import static dev.helhet.statistics.support.StatisticsEvents.resend;
import static dev.helhet.statistics.support.StatisticsEvents.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Outcome at programme end: ends in the month of their end date, by outcome, programme and age band; each event once, in any order. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "statistics"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ProgrammeOutcomesTest {

    /**
     * Registered in the past: the other services on the stack learn of these people too (coordinators puts them in
     * Asker's queue, oldest first), and a registration dated in the future would sort behind every real person there.
     */
    private static final java.time.Instant REGISTERED = java.time.Instant.now().minus(400, java.time.temporal.ChronoUnit.DAYS);

    @Test
    void countsEachEndInTheMonthOfItsEndDateByOutcome() {
        YearMonth month = freshMonth();
        String[] reasons = {"work", "work", "work-and-education", "education", "health", "moved", "other"};
        String redelivered = null;
        for (int i = 0; i < reasons.length; i++) {
            UUID person = UUID.randomUUID();
            UUID enrolment = UUID.randomUUID();
            // The end arrives before the enrolment and the registration: figures do not depend on the order.
            String ended = send("ProgrammeEnded", "asker", at(month, 20), payload().put("participantId", person.toString())
                    .put("enrolmentId", enrolment.toString()).put("programme", "introduction-programme")
                    .put("endDate", day(month, 15).toString()).put("reason", reasons[i]));
            send("ProgrammeEnrolled", "asker", at(month.minusMonths(24), 1), payload().put("participantId", person.toString())
                    .put("enrolmentId", enrolment.toString()).put("programme", "introduction-programme")
                    .put("startDate", day(month.minusMonths(24), 1).toString()).put("plannedEndDate", day(month, 1).toString())
                    .put("lateStart", false));
            send("ParticipantRegistered", "asker", REGISTERED, payload().put("participantId", person.toString())
                    .put("ageBand", i < 3 ? "25-34" : "35-44"));
            redelivered = i == 0 ? ended : redelivered;
        }
        // Another municipality's end in the same month is not Asker's; an end in the next month is not this month's.
        send("ProgrammeEnded", "harstad", at(month, 20), payload().put("participantId", UUID.randomUUID().toString())
                .put("enrolmentId", UUID.randomUUID().toString()).put("programme", "introduction-programme")
                .put("endDate", day(month, 10).toString()).put("reason", "work"));
        send("ProgrammeEnded", "asker", at(month, 20), payload().put("participantId", UUID.randomUUID().toString())
                .put("enrolmentId", UUID.randomUUID().toString()).put("programme", "introduction-programme")
                .put("endDate", day(month.plusMonths(1), 1).toString()).put("reason", "work"));
        resend("ProgrammeEnded", redelivered);
        awaitCaughtUp();

        Figures byMonth = Figures.of("asker.analyst", "programme-outcomes", "month", month);
        String key = month.toString();
        assertEquals(7, byMonth.count(key, "ended"), "seven ends, the redelivered one once");
        assertEquals(3, byMonth.count(key, "work"), "work, and work with education");
        assertEquals(1, byMonth.count(key, "education"));
        assertEquals(1, byMonth.count(key, "neither"));
        assertEquals(1, byMonth.count(key, "moved"));
        assertEquals(1, byMonth.count(key, "other"));
        assertEquals(0.571, byMonth.value(key, "workOrEducationShare"), "4 of 7 in work or education");
        assertEquals(7, byMonth.count(null, "ended"), "the total over the one month");
        assertEquals(false, byMonth.table().getBoolean("protectedFigures"), "the municipality sees its own figures in full");

        Figures byAge = Figures.of("asker.analyst", "programme-outcomes", "age-band", month);
        assertEquals(3, byAge.count("25-34", "ended"));
        assertEquals(3, byAge.count("25-34", "work"));
        assertEquals(4, byAge.count("35-44", "ended"));

        Figures byOutcome = Figures.of("asker.analyst", "programme-outcomes", "outcome", month);
        assertEquals(3, byOutcome.count("work", "ended"));

        Figures byProgramme = Figures.of("asker.admin", "programme-outcomes", "programme", month);
        assertEquals(7, byProgramme.count("introduction-programme", "ended"));

        assertEquals(1, Figures.of("harstad.admin", "programme-outcomes", "month", month).count(key, "ended"), "Harstad sees Harstad's");
    }
}
