package dev.helhet.agreements.rest;

import dev.helhet.testing.CareTopics;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.helhet.testing.SafeRetries.assertSafeToRetry;
import static io.restassured.RestAssured.given;

/** Every creating operation of the agreements API is safe to retry with an Idempotency-Key (docs/adr/0038). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "agreements"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class IdempotencyTest {

    private static final String AGREEMENTS = "/api/v1/agreements/collaboration-agreements";

    private String plan;
    private String meetings;
    private CareTopics.Team team;

    private static RequestSpecification coordinator() {
        return as("asker.coordinator");
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @BeforeEach
    void aPersonWithACoordinatorAndANavAdviserOnTheTeam() {
        team = CareTopics.team();
        plan = "/api/v1/agreements/participants/" + team.person() + "/plan";
        meetings = "/api/v1/agreements/participants/" + team.person() + "/meetings";
    }

    @Test
    void recordingAnAgreementAgainRecordsItOnce() {
        String agreement = """
                {"title": "%s", "purpose": "Trygg overgang til arbeid", "parties": [{"organisationId": "%s"}, {"organisationId": "%s"}],
                 "validFrom": "2026-01-01", "validTo": "2028-12-31"}""";
        String first = CareTopics.organisation("asker");
        String second = CareTopics.organisation("asker");
        assertSafeToRetry(() -> as("asker.admin"), AGREEMENTS, agreement.formatted("Gjentatt avtale", first, second),
                agreement.formatted("Annen avtale", first, second), () -> {
                    List<String> titles = as("asker.admin").queryParam("size", 200).when().get(AGREEMENTS).then().statusCode(200).extract().path("items.title");
                    return (int) titles.stream().filter("Gjentatt avtale"::equals).count();
                });
    }

    @Test
    void proposingAGoalAgainProposesItOnce() {
        assertSafeToRetry(IdempotencyTest::coordinator, plan + "/goals", goal("Arbeid i helsesektoren"), goal("Arbeid i butikk"),
                () -> coordinator().when().get(plan).then().statusCode(200).extract().path("goals.size()"));
    }

    @Test
    void recordingProgressAgainRecordsItOnce() {
        String goal = coordinator().body(goal("Norsk på B1-nivå")).when().post(plan + "/goals").then().statusCode(201).extract().path("id");
        assertSafeToRetry(IdempotencyTest::coordinator, plan + "/goals/" + goal + "/progress", "{\"rating\": 6}", "{\"rating\": 7}",
                () -> coordinator().when().get(plan).then().statusCode(200).extract().path("goals[0].progress.size()"));
    }

    @Test
    void agreeingAnActionAgainAgreesItOnce() {
        String action = "{\"description\": \"%s\", \"category\": \"plan\", \"responsible\": \"person\", \"dueDate\": \"%s\"}";
        String due = LocalDate.now().plusDays(14).toString();
        assertSafeToRetry(IdempotencyTest::coordinator, plan + "/actions", action.formatted("Søke praksisplass", due),
                action.formatted("Søke jobb", due), () -> coordinator().when().get(plan).then().statusCode(200).extract().path("actions.size()"));
    }

    @Test
    void schedulingAMeetingAndRecordingADecisionAgainDoesEachOnce() {
        String meeting = """
                {"kind": "team-meeting", "category": "plan", "startsAt": "%s", "place": "Asker rådhus",
                 "roles": {"chairId": "%s", "minuteTakerId": "%s"}, "attendees": [{"kind": "person"}]}""";
        String id = assertSafeToRetry(IdempotencyTest::coordinator, meetings,
                meeting.formatted("2027-01-12T09:00:00Z", team.coordinator(), team.coordinator()),
                meeting.formatted("2027-01-19T09:00:00Z", team.coordinator(), team.coordinator()),
                () -> coordinator().when().get(meetings).then().statusCode(200).extract().path("total"))
                .jsonPath().getString("id");

        String decisions = "/api/v1/agreements/meetings/" + id + "/decisions";
        String decision = "{\"description\": \"%s\", \"category\": \"plan\", \"responsible\": \"person\", \"dueDate\": \"%s\"}";
        String due = LocalDate.now().plusDays(14).toString();
        assertSafeToRetry(IdempotencyTest::coordinator, decisions, decision.formatted("Avtale arbeidstrening", due),
                decision.formatted("Avtale språkpraksis", due),
                () -> coordinator().when().get("/api/v1/agreements/meetings/" + id).then().statusCode(200).extract().path("decisions.size()"));
    }

    private static String goal(String description) {
        return "{\"lifeArea\": \"work\", \"category\": \"plan\", \"description\": \"%s\", \"targetDate\": \"2027-06-30\"}".formatted(description);
    }
}
