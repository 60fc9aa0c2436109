package dev.helhet.coordinators.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.coordinators.support.ParticipantEvents;
import dev.helhet.coordinators.support.Registry;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static dev.helhet.coordinators.support.Registry.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "My people" with their flags, the deputy's view while a colleague is away, and the team lead's queue. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "coordinators"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class CaseloadTest {

    private static final String CASELOAD = "/api/v1/coordinators/caseload";

    @Test
    void flagsWhatNeedsAttention() {
        Registry registry = Registry.asker();
        String ending = ParticipantEvents.registered("asker");
        String calm = ParticipantEvents.registered("asker");
        for (String person : List.of(ending, calm)) {
            as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                    .when().put("/api/v1/coordinators/participants/" + person + "/coordinator").then().statusCode(200);
        }
        ParticipantEvents.enrolled(ending, "asker", "introduction-programme", LocalDate.now().plusMonths(2));
        ParticipantEvents.consentGranted(ending, "asker", null, List.of("basic"), Instant.now().plus(10, ChronoUnit.DAYS));
        ParticipantEvents.enrolled(calm, "asker", "youth-follow-up", LocalDate.now().plusYears(2));
        ParticipantEvents.consentGranted(calm, "asker", null, List.of("basic"), Instant.now().plus(300, ChronoUnit.DAYS));

        // Wait until all four events have arrived — each one shows in a figure of its own — and only then judge the flags:
        // an empty flag list is also what a person looks like before their events arrive.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("asker.coordinator").queryParam("size", 200).when().get(CASELOAD)
                .then().statusCode(200)
                .body("items.find { it.participantId == '%s' }.nextProgrammeEnd".formatted(ending), notNullValue())
                .body("items.find { it.participantId == '%s' }.nextConsentExpiry".formatted(ending), notNullValue())
                .body("items.find { it.participantId == '%s' }.nextProgrammeEnd".formatted(calm), notNullValue())
                .body("items.find { it.participantId == '%s' }.nextConsentExpiry".formatted(calm), notNullValue()));
        as("asker.coordinator").queryParam("size", 200).when().get(CASELOAD).then()
                .body("items.find { it.participantId == '%s' }.flags".formatted(ending), containsInAnyOrder("programme-ending", "consent-expiring"))
                .body("items.find { it.participantId == '%s' }.flags".formatted(calm), empty());
        as("asker.coordinator").queryParam("programmeEndingMonths", 1).queryParam("consentExpiringDays", 5).queryParam("size", 200).when().get(CASELOAD)
                .then().body("items.find { it.participantId == '%s' }.flags".formatted(ending), empty());
        as("asker.coordinator").queryParam("consentExpiringDays", 365).queryParam("size", 200).when().get(CASELOAD)
                .then().body("items.find { it.participantId == '%s' }.flags".formatted(calm), hasItem("consent-expiring"));
        as("asker.coordinator").queryParam("consentExpiringDays", -1).when().get(CASELOAD)
                .then().statusCode(400).body("errors[0].field", equalTo("consentExpiringDays"));
        as("asker.professional").queryParam("size", 200).when().get(CASELOAD).then().statusCode(200).body("items.participantId", not(hasItem(ending)));
    }

    @Test
    void theDeputySeesTheCaseloadWhileTheCoordinatorIsAway() {
        Registry registry = Registry.asker();
        String person = ParticipantEvents.registered("asker");
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                .when().put("/api/v1/coordinators/participants/" + person + "/coordinator").then().statusCode(200);
        as("asker.professional").when().get("/api/v1/coordinators/participants/" + person + "/team").then().statusCode(404);

        String absence = as("asker.coordinator").body("{\"from\": \"%s\", \"to\": \"%s\", \"deputyId\": \"%s\", \"note\": \"Kurs\"}"
                        .formatted(LocalDate.now().minusDays(1), LocalDate.now().plusDays(3), registry.professional))
                .when().post(Registry.PROFESSIONALS + "/" + registry.coordinator + "/absences")
                .then().statusCode(200).body("absences[0].deputyId", equalTo(registry.professional))
                .extract().path("absences[0].id");
        try {
            as("asker.professional").queryParam("size", 200).when().get(CASELOAD).then().statusCode(200)
                    .body("items.find { it.participantId == '%s' }.coveringFor".formatted(person), equalTo(registry.coordinator));
            as("asker.professional").when().get("/api/v1/coordinators/participants/" + person + "/team").then().statusCode(200);
        } finally {
            as("asker.coordinator").when().delete(Registry.PROFESSIONALS + "/" + registry.coordinator + "/absences/" + absence)
                    .then().statusCode(200).body("absences", empty());
        }
        as("asker.professional").when().get("/api/v1/coordinators/participants/" + person + "/team").then().statusCode(404);

        as("asker.professional").body("{\"from\": \"2026-01-01\", \"to\": \"2026-01-02\", \"deputyId\": \"%s\"}".formatted(registry.professional))
                .when().post(Registry.PROFESSIONALS + "/" + registry.teamLead + "/absences").then().statusCode(403);
        as("asker.coordinator").body("{\"from\": \"2026-01-05\", \"to\": \"2026-01-02\", \"deputyId\": \"%s\"}".formatted(registry.professional))
                .when().post(Registry.PROFESSIONALS + "/" + registry.coordinator + "/absences").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void everyoneShownOnACaseloadOrInTheQueueIsInTheirAccessLogOncePerWindow() {
        Registry registry = Registry.asker();
        String mine = ParticipantEvents.registered("asker");
        String waiting = ParticipantEvents.registered("asker");
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                .when().put("/api/v1/coordinators/participants/" + mine + "/coordinator").then().statusCode(200);
        try (KafkaProbe audit = KafkaProbe.watch(Topics.AUDIT_ACCESS_V1)) {
            as("asker.coordinator").queryParam("size", 200).when().get(CASELOAD).then().statusCode(200).body("items.participantId", hasItem(mine));
            as("asker.teamlead").queryParam("size", 200).queryParam("page", newestQueuePage()).when().get(CASELOAD + "/unassigned")
                    .then().statusCode(200).body("items.participantId", hasItem(waiting));
            KafkaProbe.Received onCaseload = audit.await(r -> mine.equals(r.key()) && "caseload".equals(r.envelope().at("/payload/resource").asText()),
                    Duration.ofSeconds(15)).orElseThrow(() -> new AssertionError("the caseload view was not logged"));
            assertEquals("list", onCaseload.envelope().at("/payload/action").asText());
            assertEquals(Tokens.subject("asker.coordinator"), onCaseload.envelope().at("/actor/subject").asText());
            audit.await(r -> waiting.equals(r.key()) && "unassigned-queue".equals(r.envelope().at("/payload/resource").asText()),
                    Duration.ofSeconds(15)).orElseThrow(() -> new AssertionError("the queue view was not logged"));
        }
        // Seen again within the window: no new line in the person's log. The entries are written in the request's own
        // transaction, so the outbox tells at once, without waiting for something that must not come.
        String again = "queue-again-" + waiting;
        int newest = newestQueuePage();
        given().auth().oauth2(Tokens.user("asker.teamlead")).header("X-Request-Id", again).queryParam("size", 200).queryParam("page", newest)
                .when().get(CASELOAD + "/unassigned").then().statusCode(200).body("items.participantId", hasItem(waiting));
        assertEquals(0, ServiceBasics.count("coordinators", "select count(*) from outbox_event where envelope like '%" + again + "%'"));
    }

    @Test
    void theTeamLeadSeesWhoHasNoCoordinator() {
        Registry.asker();
        String waiting = ParticipantEvents.registered("asker");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("asker.teamlead").queryParam("size", 200)
                .queryParam("page", newestQueuePage()).when().get(CASELOAD + "/unassigned")
                .then().statusCode(200).body("items.participantId", hasItem(waiting)));
        as("asker.teamlead").queryParam("size", 200).queryParam("page", newestQueuePage()).when().get(CASELOAD + "/unassigned").then().statusCode(200)
                .body("items.find { it.participantId == '%s' }.flags".formatted(waiting), hasItem("no-coordinator"));
        as("asker.coordinator").when().get(CASELOAD + "/unassigned").then().statusCode(403);
        as("harstad.coordinator").when().get(CASELOAD).then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:not-a-professional"));
    }

    /** The queue lists the longest waiting first: the person just registered is on its last page of 200, however full the database. */
    private static int newestQueuePage() {
        int total = as("asker.teamlead").queryParam("size", 200).when().get(CASELOAD + "/unassigned").then().statusCode(200)
                .extract().path("total");
        return Math.max(0, (total - 1) / 200);
    }

    @Test
    void thePlanFeedsTheOverdueAndTeamMeetingFlags() {
        Registry registry = Registry.asker();
        String person = ParticipantEvents.registered("asker", Instant.now().minus(70, ChronoUnit.DAYS));
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                .when().put("/api/v1/coordinators/participants/" + person + "/coordinator").then().statusCode(200);
        // Registered ten weeks ago and never met: flagged; a newly registered person is not (flagsWhatNeedsAttention).
        as("asker.coordinator").queryParam("size", 200).when().get(CASELOAD).then().statusCode(200)
                .body("items.find { it.participantId == '%s' }.flags".formatted(person), containsInAnyOrder("no-recent-team-meeting"));

        String action = Registry.newId().toString();
        ParticipantEvents.send(Topics.AGREEMENTS_PLAN_V1, person, "ActionAgreed", "asker", """
                {"actionId": "%s", "participantId": "%s", "goalId": null, "meetingId": null, "category": "plan", "responsible": "person",
                 "responsibleId": null, "dueDate": "%s"}""".formatted(action, person, LocalDate.now().minusDays(2)));
        ParticipantEvents.send(Topics.AGREEMENTS_MEETING_V1, person, "MeetingHeld", "asker", """
                {"meetingId": "%s", "participantId": "%s", "kind": "team-meeting", "heldAt": "%s", "withPerson": true}"""
                .formatted(Registry.newId(), person, Instant.now().minus(1, ChronoUnit.DAYS)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("asker.coordinator").queryParam("size", 200).when().get(CASELOAD).then().statusCode(200)
                .body("items.find { it.participantId == '%s' }.flags".formatted(person), containsInAnyOrder("action-overdue"))
                .body("items.find { it.participantId == '%s' }.lastTeamMeetingAt".formatted(person), notNullValue()));

        // An internal meeting without the person does not count as meeting them; the action done clears the flag.
        ParticipantEvents.send(Topics.AGREEMENTS_MEETING_V1, person, "MeetingHeld", "asker", """
                {"meetingId": "%s", "participantId": "%s", "kind": "internal", "heldAt": "%s", "withPerson": false}"""
                .formatted(Registry.newId(), person, Instant.now()));
        ParticipantEvents.send(Topics.AGREEMENTS_PLAN_V1, person, "ActionStatusChanged", "asker",
                "{\"actionId\": \"%s\", \"participantId\": \"%s\", \"from\": \"planned\", \"to\": \"done\"}".formatted(action, person));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("asker.coordinator").queryParam("size", 200).when().get(CASELOAD).then().statusCode(200)
                .body("items.find { it.participantId == '%s' }.flags".formatted(person), empty()));
        String lastMet = as("asker.coordinator").queryParam("size", 200).when().get(CASELOAD).then()
                .extract().path("items.find { it.participantId == '%s' }.lastTeamMeetingAt".formatted(person));
        org.junit.jupiter.api.Assertions.assertTrue(Instant.parse(lastMet).isBefore(Instant.now().minus(12, ChronoUnit.HOURS)),
                "the internal meeting of today is not a meeting with the person: " + lastMet);
    }

    @Test
    void aTransitionDueShowsWithItsDateTurnsLateAfterItAndGoesWhenMet() {
        Registry registry = Registry.asker();
        String late = ParticipantEvents.registered("asker");
        String coming = ParticipantEvents.registered("asker");
        for (String person : java.util.List.of(late, coming)) {
            as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                    .when().put("/api/v1/coordinators/participants/" + person + "/coordinator").then().statusCode(200);
        }
        String lateTask = Registry.newId().toString();
        LocalDate inTwoMonths = LocalDate.now().plusMonths(2);
        String farOff = ParticipantEvents.registered("asker");
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                .when().put("/api/v1/coordinators/participants/" + farOff + "/coordinator").then().statusCode(200);
        ParticipantEvents.send(Topics.REFERRALS_TRANSITION_V1, farOff, "TransitionDue", "asker", """
                {"taskId": "%s", "participantId": "%s", "rule": "nav-before-programme-end", "dueDate": "%s"}"""
                .formatted(Registry.newId(), farOff, LocalDate.now().plusYears(2)));
        ParticipantEvents.send(Topics.REFERRALS_TRANSITION_V1, late, "TransitionDue", "asker", """
                {"taskId": "%s", "participantId": "%s", "rule": "nav-before-programme-end", "dueDate": "%s"}"""
                .formatted(lateTask, late, LocalDate.now().minusDays(1)));
        ParticipantEvents.send(Topics.REFERRALS_TRANSITION_V1, coming, "TransitionDue", "asker", """
                {"taskId": "%s", "participantId": "%s", "rule": "nav-before-programme-end", "dueDate": "%s"}"""
                .formatted(Registry.newId(), coming, inTwoMonths));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("asker.coordinator").queryParam("size", 200).when().get(CASELOAD).then().statusCode(200)
                .body("items.find { it.participantId == '%s' }.flags".formatted(late), containsInAnyOrder("transition-late"))
                .body("items.find { it.participantId == '%s' }.flags".formatted(coming), containsInAnyOrder("transition-due"))
                .body("items.find { it.participantId == '%s' }.nextTransitionDue".formatted(coming), org.hamcrest.Matchers.equalTo(inTwoMonths.toString()))
                // Two years ahead: known, shown with its date, not yet a flag.
                .body("items.find { it.participantId == '%s' }.nextTransitionDue".formatted(farOff), org.hamcrest.Matchers.notNullValue())
                .body("items.find { it.participantId == '%s' }.flags".formatted(farOff), empty()));

        ParticipantEvents.send(Topics.REFERRALS_TRANSITION_V1, late, "TransitionMet", "asker", """
                {"taskId": "%s", "participantId": "%s", "rule": "nav-before-programme-end", "referralId": "%s"}"""
                .formatted(lateTask, late, Registry.newId()));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("asker.coordinator").queryParam("size", 200).when().get(CASELOAD).then().statusCode(200)
                .body("items.find { it.participantId == '%s' }.flags".formatted(late), empty()));
    }
}
