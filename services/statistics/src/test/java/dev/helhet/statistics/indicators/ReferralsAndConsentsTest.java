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
import java.util.List;
import java.util.UUID;

import static dev.helhet.statistics.support.StatisticsEvents.at;
import static dev.helhet.statistics.support.StatisticsEvents.awaitCaughtUp;
import static dev.helhet.statistics.support.StatisticsEvents.day;
import static dev.helhet.statistics.support.StatisticsEvents.freshMonth;
import static dev.helhet.statistics.support.StatisticsEvents.payload;
import static dev.helhet.statistics.support.StatisticsEvents.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Referrals and their answers per receiving organisation, rejections by reason, transitions met on time, consents. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "statistics"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ReferralsAndConsentsTest {

    private final UUID person = UUID.randomUUID();

    @Test
    void referralsAnswersAndTurnaroundPerReceivingOrganisation() {
        YearMonth month = freshMonth();
        UUID nav = UUID.randomUUID();
        send("OrganisationRegistered", "asker", at(month, 1), payload().put("organisationId", nav.toString()).put("name", "NAV Test")
                .put("type", "nav-office").set("municipalityIds", payload().arrayNode().add("asker")));
        send("OrganisationUpdated", "asker", at(month, 2), payload().put("organisationId", nav.toString()).put("name", "NAV Test og Omegn")
                .put("type", "nav-office").set("municipalityIds", payload().arrayNode().add("asker")));
        UUID accepted = requested(nav, at(month, 1));
        answered("ReferralAccepted", accepted, nav, at(month, 3), null);
        UUID rejected = requested(nav, at(month, 1));
        answered("ReferralRejected", rejected, nav, at(month, 2), "no-capacity");
        requested(nav, at(month, 1));
        awaitCaughtUp();

        Figures byOrganisation = Figures.of("asker.analyst", "referrals", "receiving-organisation", month);
        String key = nav.toString();
        assertEquals("NAV Test og Omegn", byOrganisation.row(key).get("label"), "the registry's latest name");
        assertEquals(3, byOrganisation.count(key, "requested"));
        assertEquals(1, byOrganisation.count(key, "accepted"));
        assertEquals(1, byOrganisation.count(key, "rejected"));
        assertEquals(1, byOrganisation.count(key, "unanswered"));
        assertEquals(1.5, byOrganisation.value(key, "medianDaysToAnswer"), "two days and one day");
        assertEquals(1.9, byOrganisation.value(key, "p90DaysToAnswer"));
        assertEquals(0.5, byOrganisation.value(key, "acceptedShare"));

        Figures byReason = Figures.of("asker.analyst", "referral-rejections", "reason", month);
        assertEquals(1, byReason.count("no-capacity", "rejected"));
    }

    @Test
    void transitionsMetOnTimeAgainstTheirLatestDueDate() {
        YearMonth month = freshMonth();
        UUID onTime = due(day(month, 20), at(month.minusMonths(6), 1));
        met(onTime, at(month, 18));
        UUID late = due(day(month.minusMonths(1), 20), at(month.minusMonths(6), 1));
        // Re-dated by an extension into this month, then met after the new date.
        due(late, day(month, 10), at(month.minusMonths(2), 1));
        met(late, at(month, 12));
        due(day(month, 25), at(month.minusMonths(6), 1));
        UUID cancelled = due(day(month, 25), at(month.minusMonths(6), 1));
        send("TransitionCancelled", "asker", at(month, 2), payload().put("participantId", person.toString())
                .put("taskId", cancelled.toString()).put("rule", "nav-before-programme-end"));
        awaitCaughtUp();

        Figures figures = Figures.of("asker.analyst", "transitions", "rule", month);
        String key = "nav-before-programme-end";
        assertEquals(4, figures.count(key, "due"));
        assertEquals(1, figures.count(key, "metOnTime"));
        assertEquals(1, figures.count(key, "metLate"));
        assertEquals(1, figures.count(key, "open"));
        assertEquals(1, figures.count(key, "cancelled"));
        assertEquals(0.333, figures.value(key, "metOnTimeShare"), "one of the three not cancelled");
    }

    @Test
    void consentsGivenRevokedAndExpired() {
        YearMonth month = freshMonth();
        for (String type : List.of("ConsentGranted", "ConsentGranted", "ConsentRevoked", "ConsentExpired")) {
            var consent = payload().put("participantId", person.toString()).put("consentId", UUID.randomUUID().toString());
            if (type.equals("ConsentGranted")) {
                consent.put("receiverType", "organisation").put("receiverOrganisationId", UUID.randomUUID().toString())
                        .put("validFrom", at(month, 3).toString()).set("categories", payload().arrayNode().add("health"));
            }
            send(type, "asker", at(month, 3), consent);
        }
        awaitCaughtUp();

        Figures figures = Figures.of("asker.analyst", "consents", "month", month);
        assertEquals(2, figures.count(month.toString(), "granted"));
        assertEquals(1, figures.count(month.toString(), "revoked"));
        assertEquals(1, figures.count(month.toString(), "expired"));
    }

    private UUID requested(UUID organisation, Instant at) {
        UUID referral = UUID.randomUUID();
        send("ReferralRequested", "asker", at, payload().put("participantId", person.toString()).put("referralId", referral.toString())
                .put("serviceId", UUID.randomUUID().toString()).put("sendingOrganisationId", UUID.randomUUID().toString())
                .put("receivingOrganisationId", organisation.toString()).set("categories", payload().arrayNode().add("plan")));
        return referral;
    }

    private void answered(String type, UUID referral, UUID organisation, Instant at, String reason) {
        var answer = payload().put("participantId", person.toString()).put("referralId", referral.toString())
                .put("receivingOrganisationId", organisation.toString());
        if (reason != null) {
            answer.put("reason", reason);
        }
        send(type, "asker", at, answer);
    }

    private UUID due(java.time.LocalDate dueDate, Instant at) {
        return due(UUID.randomUUID(), dueDate, at);
    }

    private UUID due(UUID task, java.time.LocalDate dueDate, Instant at) {
        send("TransitionDue", "asker", at, payload().put("participantId", person.toString()).put("taskId", task.toString())
                .put("rule", "nav-before-programme-end").put("dueDate", dueDate.toString()));
        return task;
    }

    private void met(UUID task, Instant at) {
        send("TransitionMet", "asker", at, payload().put("participantId", person.toString()).put("taskId", task.toString())
                .put("rule", "nav-before-programme-end").put("referralId", UUID.randomUUID().toString()));
    }
}
