package dev.helhet.agreements.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.CareTopics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Meetings through their API on real PostgreSQL, Kafka and Keycloak: planning, roles, minutes, decisions that become actions. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "agreements"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class MeetingResourceTest {

    private String person;
    private String adviser;
    private String coordinator;
    private String meetings;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @BeforeEach
    void aPersonWithACoordinatorAndANavAdviserOnTheTeam() {
        CareTopics.Team team = CareTopics.team();
        person = team.person();
        coordinator = team.coordinator();
        adviser = team.adviser();
        meetings = "/api/v1/agreements/participants/" + person + "/meetings";
    }

    private String meeting(String kind, String category, String minuteTaker) {
        return as("asker.coordinator").body("""
                        {"kind": "%s", "category": "%s", "startsAt": "2027-01-12T09:00:00Z", "place": "Asker rådhus, møterom 2",
                         "roles": {"chairId": "%s", "minuteTakerId": "%s"},
                         "agenda": ["Språkpraksis", " Bolig "],
                         "attendees": [{"kind": "person"}, {"kind": "team-member", "attendeeRef": "%s"},
                                       {"kind": "interpreter", "language": "ti"}]}""".formatted(kind, category, coordinator, minuteTaker, adviser))
                .when().post(meetings).then().statusCode(201)
                .header("Location", containsString("/api/v1/agreements/meetings/"))
                .body("status", equalTo("scheduled")).body("agenda", contains("Språkpraksis", "Bolig"))
                .body("attendees", hasSize(3)).body("roles.minuteTakerId", equalTo(minuteTaker))
                .extract().path("id");
    }

    private static String decision(String category, String responsible, String whom) {
        String named = whom == null ? "" : ", \"responsibleId\": \"%s\"".formatted(whom);
        return "{\"description\": \"Avtale arbeidstrening\", \"category\": \"%s\", \"responsible\": \"%s\"%s, \"dueDate\": \"%s\"}"
                .formatted(category, responsible, named, LocalDate.now().plusDays(14));
    }

    @Test
    void theMinuteTakerWritesTheMinutesAndTurnsDecisionsIntoActionsOnThePlan() {
        String id = meeting("team-meeting", "plan", adviser);
        String meeting = "/api/v1/agreements/meetings/" + id;
        CareTopics.consentToNav(person, "basic", "plan");

        as("asker.professional").body("{\"minutes\": \"Amina fortalte om språkpraksisen.\"}").when().put(meeting + "/minutes")
                .then().statusCode(200).body("minutes", equalTo("Amina fortalte om språkpraksisen."));
        String work = as("asker.professional").body(decision("plan", "team-member", adviser)).when().post(meeting + "/decisions")
                .then().statusCode(201).body("meetingId", equalTo(id)).body("status", equalTo("planned")).extract().path("id");
        String health = as("asker.coordinator").body(decision("health", "person", null)).when().post(meeting + "/decisions")
                .then().statusCode(201).extract().path("id");

        // Both are on the plan; the adviser sees the one in a category the consent opens to NAV, in the plan and in the meeting.
        as("asker.coordinator").when().get("/api/v1/agreements/participants/" + person + "/plan").then().statusCode(200)
                .body("actions.findAll { it.meetingId == '%s' }.id".formatted(id), org.hamcrest.Matchers.containsInAnyOrder(work, health));
        as("asker.professional").when().get(meeting).then().statusCode(200).body("decisions.id", contains(work));
        as("asker.coordinator").when().get(meeting).then().statusCode(200).body("decisions.id", contains(work, health));

        try (KafkaProbe topic = KafkaProbe.watch(Topics.AGREEMENTS_MEETING_V1)) {
            as("asker.professional").body("{\"status\": \"held\"}").when().put(meeting + "/status").then().statusCode(200)
                    .body("status", equalTo("held")).body("heldAt", notNullValue());
            KafkaProbe.Received held = topic.await(r -> person.equals(r.key()) && "MeetingHeld".equals(r.eventType()), Duration.ofSeconds(15))
                    .orElseThrow();
            assertEquals(id, held.envelope().path("payload").path("meetingId").asText());
            assertEquals(true, held.envelope().path("payload").path("withPerson").asBoolean());
            assertFalse(held.record().value().contains("språkpraksis"), "no minutes or agenda in events");
        }
        as("asker.coordinator").body("{\"status\": \"cancelled\"}").when().put(meeting + "/status").then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:illegal-status-change"));
        // Minutes may still be completed after the meeting.
        as("asker.professional").body("{\"minutes\": \"Amina fortalte om språkpraksisen. NAV undersøker arbeidstrening.\"}")
                .when().put(meeting + "/minutes").then().statusCode(200);
    }

    @Test
    void aTeamMemberWithoutARoleReadsButDoesNotRunTheMeeting() {
        String id = meeting("follow-up", "plan", coordinator);
        String meeting = "/api/v1/agreements/meetings/" + id;
        // Without consent, the adviser does not know the person, nor the meeting.
        as("asker.professional").when().get(meeting).then().statusCode(404).body("detail", containsString(id));
        CareTopics.consentToNav(person, "basic", "plan");
        as("asker.professional").when().get(meeting).then().statusCode(200).body("kind", equalTo("follow-up"));
        as("asker.professional").body("{\"minutes\": \"Notat\"}").when().put(meeting + "/minutes").then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:plan-not-yours-to-change"));
        as("asker.professional").body(decision("plan", "person", null)).when().post(meeting + "/decisions").then().statusCode(403);
        as("asker.professional").body("{\"kind\": \"follow-up\", \"startsAt\": \"2027-01-13T09:00:00Z\"}").when().put(meeting)
                .then().statusCode(403);
    }

    @Test
    void aMeetingInACategoryNotOpenToTheMemberIsUnknownToThem() {
        String health = meeting("internal", "health", coordinator);
        String plan = meeting("team-meeting", "plan", coordinator);
        CareTopics.consentToNav(person, "basic", "plan");
        as("asker.professional").queryParam("size", 200).when().get(meetings).then().statusCode(200).body("items.id", contains(plan));
        as("asker.coordinator").queryParam("size", 200).when().get(meetings).then().statusCode(200).body("items.id", contains(health, plan))
                .body("items.withPerson", contains(false, true));
        as("asker.professional").when().get("/api/v1/agreements/meetings/" + health).then().statusCode(404);
        // A plan-category decision of the health meeting is the member's to see, but not which meeting decided it.
        String decided = as("asker.coordinator").body(decision("plan", "person", null)).when().post("/api/v1/agreements/meetings/" + health + "/decisions")
                .then().statusCode(201).body("meetingId", equalTo(health)).extract().path("id");
        String thePlan = "/api/v1/agreements/participants/" + person + "/plan";
        as("asker.professional").when().get(thePlan).then().statusCode(200)
                .body("actions.find { it.id == '%s' }.meetingId".formatted(decided), nullValue());
        as("asker.coordinator").when().get(thePlan).then().statusCode(200)
                .body("actions.find { it.id == '%s' }.meetingId".formatted(decided), equalTo(health));
        as("harstad.coordinator").when().get("/api/v1/agreements/meetings/" + plan).then().statusCode(404);
        ServiceBasics.assertRefusedTo("/api/v1/agreements/meetings/" + plan, "amina.hassan", "asker.analyst", "asker.admin");
    }

    @Test
    void aMeetingIsRearrangedUntilItIsCancelledAndThenDecidesNothing() {
        String id = meeting("transition-programme-end", "plan", coordinator);
        String meeting = "/api/v1/agreements/meetings/" + id;
        try (KafkaProbe topic = KafkaProbe.watch(Topics.AGREEMENTS_MEETING_V1)) {
            as("asker.coordinator").body("""
                            {"kind": "transition-programme-end", "startsAt": "2027-01-19T09:00:00Z", "videoLink": "https://meet.example.no/asker",
                             "agenda": ["Overgang til NAV"], "attendees": [{"kind": "person"}]}""")
                    .when().put(meeting).then().statusCode(200)
                    .body("startsAt", equalTo("2027-01-19T09:00:00Z")).body("place", nullValue())
                    .body("videoLink", equalTo("https://meet.example.no/asker")).body("attendees", hasSize(1)).body("roles.chairId", nullValue());
            topic.await(r -> person.equals(r.key()) && "MeetingRearranged".equals(r.eventType()), Duration.ofSeconds(15)).orElseThrow();
        }
        as("asker.coordinator").body("{\"status\": \"cancelled\"}").when().put(meeting + "/status").then().statusCode(200);
        as("asker.coordinator").body(decision("plan", "person", null)).when().post(meeting + "/decisions").then().statusCode(409);
        as("asker.coordinator").body("{\"kind\": \"follow-up\", \"startsAt\": \"2027-01-13T09:00:00Z\"}").when().put(meeting)
                .then().statusCode(409);
    }

    @Test
    void attendeesAreNamedAsTheirKindNeeds() {
        String bad = "{\"kind\": \"team-meeting\", \"startsAt\": \"2027-01-12T09:00:00Z\", \"attendees\": [%s]}";
        as("asker.coordinator").body(bad.formatted("{\"kind\": \"team-member\"}")).when().post(meetings).then().statusCode(400)
                .body("errors[0].field", equalTo("attendees[0].attendeeRef"));
        as("asker.coordinator").body(bad.formatted("{\"kind\": \"person\"}, {\"kind\": \"interpreter\"}")).when().post(meetings)
                .then().statusCode(400).body("errors[0].field", equalTo("attendees[1].language"));
        as("asker.coordinator").body("{\"kind\": \"team-meeting\", \"startsAt\": \"2027-01-12T09:00:00Z\", \"videoLink\": \"javascript:alert(1)\"}")
                .when().post(meetings).then().statusCode(400);
        as("asker.coordinator").queryParam("size", 200).when().get(meetings).then().statusCode(200).body("items", empty());
    }

    @Test
    void aMeetingWithoutRolesIsRunByWhoeverKeepsThePlanAndNobodyElse() {
        String id = as("asker.coordinator").body("{\"kind\": \"team-meeting\", \"startsAt\": \"2027-02-02T09:00:00Z\"}")
                .when().post(meetings).then().statusCode(201).body("roles.chairId", nullValue()).extract().path("id");
        String meeting = "/api/v1/agreements/meetings/" + id;
        CareTopics.consentToNav(person, "basic", "plan");
        as("asker.professional").body("{\"minutes\": \"Notat\"}").when().put(meeting + "/minutes").then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:plan-not-yours-to-change"));
        as("asker.professional").body("{\"status\": \"held\"}").when().put(meeting + "/status").then().statusCode(403);
        // A team lead keeps every plan of the municipality, registered as a professional or not.
        as("asker.teamlead").body("{\"minutes\": \"Teamlederen skriver\"}").when().put(meeting + "/minutes").then().statusCode(200);
    }

    @Test
    void aMinuteTakerFromAnotherServiceDecidesOnlyInCategoriesOpenToThem() {
        String id = meeting("team-meeting", "plan", adviser);
        String meeting = "/api/v1/agreements/meetings/" + id;
        CareTopics.consentToNav(person, "basic", "plan");
        as("asker.professional").body(decision("health", "person", null)).when().post(meeting + "/decisions").then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:plan-not-yours-to-change"));
        as("asker.professional").body(decision("plan", "person", null)).when().post(meeting + "/decisions").then().statusCode(201);
        as("asker.coordinator").body(decision("health", "person", null)).when().post(meeting + "/decisions").then().statusCode(201);
    }

    @Test
    void twoPeopleWritingTheMinutesAtOnceDoNotOverwriteEachOtherUnseen() {
        String id = meeting("follow-up", "plan", coordinator);
        String meeting = "/api/v1/agreements/meetings/" + id;
        int read = as("asker.coordinator").when().get(meeting).then().statusCode(200).extract().path("version");
        as("asker.coordinator").body("{\"minutes\": \"Første versjon\", \"version\": %d}".formatted(read)).when().put(meeting + "/minutes")
                .then().statusCode(200);
        as("asker.teamlead").body("{\"minutes\": \"Min versjon\", \"version\": %d}".formatted(read)).when().put(meeting + "/minutes")
                .then().statusCode(409).body("type", equalTo("urn:helhet:problem:stale-version"));
        as("asker.coordinator").when().get(meeting).then().body("minutes", equalTo("Første versjon"));
    }
}
