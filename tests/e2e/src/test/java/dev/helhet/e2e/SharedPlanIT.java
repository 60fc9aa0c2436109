package dev.helhet.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import static dev.helhet.e2e.GatewayApi.api;
import static dev.helhet.e2e.GatewayApi.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The shared plan across the platform: the coordinator plans a meeting with the person and her network person, writes the
 * minutes and turns two decisions into actions; the NAV adviser sees the one the consent covers; the person marks hers done on
 * her own page, and the coordinator's caseload stops flagging it. Real gateway, services, Kafka and Keycloak users.
 */
@ExtendWith(Platform.class)
class SharedPlanIT {

    private static final Duration EVENTS = Duration.ofSeconds(30);

    @Test
    void aMeetingsDecisionsReachTheTeamThePersonAndTheCaseload() throws java.io.IOException {
        String refugeeService = GatewayApi.organisation("asker.admin", "Flyktningtjenesten (plan)", "refugee-service");
        String nav = GatewayApi.organisation("asker.admin", "NAV Asker (plan)", "nav-office");
        String coordinator = GatewayApi.professional("asker.admin", "asker.coordinator", refugeeService);
        String adviser = GatewayApi.professional("asker.admin", "asker.professional", nav);
        String amina = GatewayApi.amina();
        String team = api() + "/coordinators/participants/" + amina;
        GatewayApi.coordinate(amina, coordinator, refugeeService);
        GatewayApi.consent(amina, nav, "Samarbeid om arbeid", "basic", "plan");
        // Amina is shared with other tests and runs: the adviser may be on her team already, for another NAV office.
        GatewayApi.offTeam(amina, adviser);
        await().atMost(EVENTS).untilAsserted(() -> as("asker.coordinator")
                .body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"NAV-veileder\"}".formatted(adviser, nav))
                .when().post(team + "/team/members").then().statusCode(200));
        String sister = as("asker.coordinator").body("{\"name\": \"Fadumo Hassan\", \"relation\": \"søster\", \"joinsFollowUpMeetings\": true}")
                .when().post(api() + "/participants/" + amina + "/network").then().statusCode(201).extract().path("id");

        // The agreements service knows the coordinator and the consent from its topics before it admits either.
        String meetings = api() + "/agreements/participants/" + amina + "/meetings";
        String meetingBody = """
                {"kind": "team-meeting", "startsAt": "%s", "place": "Asker rådhus",
                 "roles": {"chairId": "%s", "minuteTakerId": "%s"}, "agenda": ["Språkpraksis", "Arbeidstrening"],
                 "attendees": [{"kind": "person"}, {"kind": "network-person", "attendeeRef": "%s"},
                               {"kind": "team-member", "attendeeRef": "%s"}, {"kind": "interpreter", "language": "so"}]}"""
                .formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), coordinator, coordinator, sister, adviser);
        AtomicReference<String> planned = new AtomicReference<>();
        await().atMost(EVENTS).until(() -> {
            var answer = as("asker.coordinator").body(meetingBody).when().post(meetings).then().extract();
            planned.set(answer.statusCode() == 201 ? answer.path("id") : null);
            return planned.get() != null;
        });
        String meeting = api() + "/agreements/meetings/" + planned.get();
        as("asker.coordinator").body("{\"minutes\": \"Amina har startet språkpraksis. NAV vurderer arbeidstrening.\"}")
                .when().put(meeting + "/minutes").then().statusCode(200);
        String hers = as("asker.coordinator").body("""
                        {"description": "Levere søknad om arbeidstrening", "category": "plan", "responsible": "person", "dueDate": "%s"}"""
                        .formatted(LocalDate.now().minusDays(1)))
                .when().post(meeting + "/decisions").then().statusCode(201).extract().path("id");
        String health = as("asker.coordinator").body("""
                        {"description": "Time hos fastlegen om søvn", "category": "health", "responsible": "team-member",
                         "responsibleId": "%s", "dueDate": "%s"}""".formatted(coordinator, LocalDate.now().plusDays(14)))
                .when().post(meeting + "/decisions").then().statusCode(201).extract().path("id");
        as("asker.coordinator").body("{\"status\": \"held\"}").when().put(meeting + "/status").then().statusCode(200);

        // The NAV adviser sees the decision in the category the consent covers, not the health one.
        await().atMost(EVENTS).untilAsserted(() -> as("asker.professional").when().get(meeting).then().statusCode(200)
                .body("decisions.id", hasItem(hers)).body("decisions.id", not(hasItem(health))));
        as("asker.professional").when().get(api() + "/agreements/participants/" + amina + "/plan").then().statusCode(200)
                .body("actions.id", hasItem(hers)).body("actions.id", not(hasItem(health)));

        // The coordinator's caseload flags the overdue action, and shows the meeting just held.
        await().atMost(EVENTS).untilAsserted(() -> as("asker.coordinator").queryParam("size", 200).when().get(api() + "/coordinators/caseload").then().statusCode(200)
                .body("items.find { it.participantId == '%s' }.flags".formatted(amina), hasItem("action-overdue"))
                .body("items.find { it.participantId == '%s' }.flags".formatted(amina), not(hasItem("no-recent-team-meeting"))));

        // The person sees her plan and the held meeting with its minutes, and marks her action done.
        as("amina.hassan").when().get(api() + "/agreements/me/plan").then().statusCode(200)
                .body("plans.find { it.municipalityId == 'asker' }.plan.actions.id", hasItem(hers))
                .body("plans.find { it.municipalityId == 'asker' }.plan.actions.id", hasItem(health));
        as("amina.hassan").when().get(api() + "/agreements/me/meetings").then().statusCode(200)
                .body("meetings.find { it.meeting.id == '%s' }.meeting.minutes".formatted(planned.get()),
                        equalTo("Amina har startet språkpraksis. NAV vurderer arbeidstrening."));
        // On paper too, in her language: the sheet she signs with her coordinator.
        byte[] sheet = as("amina.hassan").accept("application/pdf").queryParam("lang", "sv").queryParam("municipalityId", "asker")
                .when().get(api() + "/agreements/me/plan").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(sheet)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            org.junit.jupiter.api.Assertions.assertTrue(text.contains("Mål och överenskommelser") && text.contains("Levere søknad om arbeidstrening")
                    && text.contains("Underskrift, deltagare"), text);
        }
        as("amina.hassan").body("{\"status\": \"done\"}").when().put(api() + "/agreements/me/plan/actions/" + health + "/status")
                .then().statusCode(403).body("type", equalTo("urn:helhet:problem:plan-not-yours-to-change"));
        as("amina.hassan").body("{\"status\": \"done\"}").when().put(api() + "/agreements/me/plan/actions/" + hers + "/status")
                .then().statusCode(200).body("status", equalTo("done"));

        await().atMost(EVENTS).untilAsserted(() -> as("asker.coordinator").queryParam("size", 200).when().get(api() + "/coordinators/caseload").then().statusCode(200)
                .body("items.find { it.participantId == '%s' }.flags".formatted(amina), not(hasItem("action-overdue"))));

        // Saying how a goal is going is safe to retry through the gateway, as from a phone on a poor connection.
        String plan = api() + "/agreements/participants/" + amina + "/plan";
        String goal = as("asker.coordinator").body("{\"lifeArea\": \"work\", \"category\": \"plan\", \"description\": \"Arbeidstrening i butikk\"}")
                .when().post(plan + "/goals").then().statusCode(201).extract().path("id");
        dev.helhet.testing.SafeRetries.assertSafeToRetry(() -> as("amina.hassan"), api() + "/agreements/me/plan/goals/" + goal + "/progress",
                "{\"rating\": 7, \"note\": \"Går bra\"}", "{\"rating\": 8, \"note\": \"Går bra\"}",
                () -> as("asker.coordinator").when().get(plan).then().statusCode(200)
                        .extract().path("goals.find { it.id == '%s' }.progress.size()".formatted(goal)));
    }

}
