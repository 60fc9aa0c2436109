package dev.helhet.agreements.rest;

import dev.helhet.agreements.domain.PlanLimits;
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
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The shared plan through its API, on real PostgreSQL, Kafka and Keycloak: goals, their status, progress, and who sees which. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "agreements"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PlanResourceTest {

    private String person;
    private String plan;
    private String adviser;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @BeforeEach
    void aPersonWithACoordinatorAndANavAdviserOnTheTeam() {
        CareTopics.Team team = CareTopics.team();
        person = team.person();
        adviser = team.adviser();
        plan = "/api/v1/agreements/participants/" + person + "/plan";
    }

    private String goal(String lifeArea, String category, String description) {
        return as("asker.coordinator").body("{\"lifeArea\": \"%s\", \"category\": \"%s\", \"description\": \"%s\", \"targetDate\": \"2027-06-30\"}"
                        .formatted(lifeArea, category, description))
                .when().post(plan + "/goals").then().statusCode(201)
                .header("Location", containsString(plan + "/goals/"))
                .body("status", equalTo("proposed")).body("progress", empty())
                .extract().path("id");
    }

    @Test
    void theCoordinatorSetsGoalsAndAPersonWithoutAPlanHasNoGoals() {
        as("asker.coordinator").when().get(plan).then().statusCode(200)
                .body("participantId", equalTo(person)).body("goals", empty()).body("ownGoal", nullValue());
        goal("work", "plan", "Arbeid i helsesektoren");
        goal("health", "health", "Bedre søvn");
        as("asker.coordinator").when().get(plan).then().statusCode(200)
                .body("goals.description", contains("Arbeid i helsesektoren", "Bedre søvn"))
                .body("goals.category", contains("plan", "health"));
        as("asker.teamlead").when().get(plan).then().statusCode(200).body("goals", hasSize(2));
    }

    @Test
    void aTeamMemberSeesOnlyTheCategoriesTheConsentOpensAndNothingOnceItIsRevoked() {
        String work = goal("work", "plan", "Arbeid i helsesektoren");
        String sleep = goal("health", "health", "Bedre søvn");
        // On the team, but no consent yet: the person is unknown to them.
        as("asker.professional").when().get(plan).then().statusCode(404).body("detail", containsString(person));

        String consent = CareTopics.consentToNav(person, "basic", "plan");
        as("asker.professional").when().get(plan).then().statusCode(200)
                .body("goals.id", contains(work));
        as("asker.professional").body("{\"rating\": 6, \"note\": \"Språkpraksis på sykehjemmet\"}")
                .when().post(plan + "/goals/" + work + "/progress").then().statusCode(201).body("rating", equalTo(6));
        as("asker.professional").body("{\"rating\": 3}")
                .when().post(plan + "/goals/" + sleep + "/progress").then().statusCode(404).body("detail", containsString(sleep));
        as("asker.professional").body("{\"lifeArea\": \"work\", \"category\": \"plan\", \"description\": \"Eget mål\"}")
                .when().post(plan + "/goals").then().statusCode(403).body("type", equalTo("urn:helhet:problem:forbidden"));
        as("asker.coordinator").when().get(plan).then().statusCode(200)
                .body("goals.find { it.id == '%s' }.progress.rating".formatted(work), contains(6));

        CareTopics.revoked(consent, person);
        as("asker.professional").when().get(plan).then().statusCode(404);
    }

    @Test
    void aGoalMovesOnlyAlongItsStatuses() {
        String work = goal("work", "plan", "Arbeid i helsesektoren");
        String revision = "{\"description\": \"Arbeid i helsesektoren, 50 %%\", \"targetDate\": \"2027-08-31\", \"status\": \"%s\"}";
        as("asker.coordinator").body(revision.formatted("achieved")).when().put(plan + "/goals/" + work).then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:illegal-status-change"));
        as("asker.coordinator").body(revision.formatted("active")).when().put(plan + "/goals/" + work).then().statusCode(200)
                .body("status", equalTo("active")).body("description", equalTo("Arbeid i helsesektoren, 50 %"))
                .body("targetDate", equalTo("2027-08-31"));
        as("asker.coordinator").body(revision.formatted("achieved")).when().put(plan + "/goals/" + work).then().statusCode(200)
                .body("status", equalTo("achieved"));
        as("asker.coordinator").body(revision.formatted("active")).when().put(plan + "/goals/" + work).then().statusCode(409);
        as("asker.coordinator").body(revision.formatted("paused")).when().put(plan + "/goals/" + work).then().statusCode(400);
    }

    @Test
    void progressSaysSomethingAndTheRatingIsOneToTen() {
        String work = goal("work", "plan", "Arbeid i helsesektoren");
        as("asker.coordinator").body("{}").when().post(plan + "/goals/" + work + "/progress").then().statusCode(400);
        as("asker.coordinator").body("{\"rating\": 11}").when().post(plan + "/goals/" + work + "/progress").then().statusCode(400);
        as("asker.coordinator").body("{\"note\": \"Første praksisdag\"}").when().post(plan + "/goals/" + work + "/progress")
                .then().statusCode(201).body("rating", nullValue());
    }

    @Test
    void nobodyOutsideThePersonsCareSeesThePlan() {
        as("harstad.coordinator").when().get(plan).then().statusCode(404);
        ServiceBasics.assertRefusedTo(plan, "amina.hassan", "asker.analyst", "asker.admin");
        as("asker.coordinator").when().get("/api/v1/agreements/participants/" + java.util.UUID.randomUUID() + "/plan").then().statusCode(404);
    }

    private String action(String category, String responsible, String responsibleId, String due) {
        String whom = responsibleId == null ? "" : ", \"responsibleId\": \"%s\"".formatted(responsibleId);
        return as("asker.coordinator").body("{\"description\": \"Søke praksisplass\", \"category\": \"%s\", \"responsible\": \"%s\"%s, \"dueDate\": \"%s\"}"
                        .formatted(category, responsible, whom, due))
                .when().post(plan + "/actions").then().statusCode(201)
                .header("Location", containsString(plan + "/actions/")).body("status", equalTo("planned"))
                .extract().path("id");
    }

    @Test
    void actionsAreAgreedShownOverdueFirstAndMovedOnByWhoeverIsResponsible() {
        String later = action("plan", "person", null, java.time.LocalDate.now().plusDays(30).toString());
        String late = action("plan", "team-member", adviser, java.time.LocalDate.now().minusDays(2).toString());
        String health = action("health", "organisation", CareTopics.NAV, java.time.LocalDate.now().plusDays(5).toString());
        as("asker.coordinator").when().get(plan).then().statusCode(200)
                .body("actions.id", contains(late, health, later))
                .body("actions.overdue", contains(true, false, false));

        CareTopics.consentToNav(person, "basic", "plan");
        as("asker.professional").when().get(plan).then().statusCode(200).body("actions.id", contains(late, later));
        String move = "{\"status\": \"%s\"}";
        as("asker.professional").body(move.formatted("in-progress")).when().put(plan + "/actions/" + late + "/status")
                .then().statusCode(200).body("status", equalTo("in-progress")).body("overdue", equalTo(true));
        // Theirs to carry out, not to call off: that is agreed with the person by whoever keeps the plan.
        as("asker.professional").body(move.formatted("cancelled")).when().put(plan + "/actions/" + late + "/status")
                .then().statusCode(403).body("type", equalTo("urn:helhet:problem:plan-not-yours-to-change"));
        as("asker.professional").body(move.formatted("done")).when().put(plan + "/actions/" + late + "/status")
                .then().statusCode(200).body("status", equalTo("done")).body("overdue", equalTo(false));
        as("asker.professional").body(move.formatted("in-progress")).when().put(plan + "/actions/" + late + "/status")
                .then().statusCode(409).body("type", equalTo("urn:helhet:problem:illegal-status-change"));
        // Not theirs to carry out, and one they may not see at all.
        as("asker.professional").body(move.formatted("done")).when().put(plan + "/actions/" + later + "/status")
                .then().statusCode(403).body("type", equalTo("urn:helhet:problem:plan-not-yours-to-change"));
        as("asker.professional").body(move.formatted("done")).when().put(plan + "/actions/" + health + "/status")
                .then().statusCode(404).body("detail", containsString(health));
        as("asker.coordinator").body(move.formatted("cancelled")).when().put(plan + "/actions/" + later + "/status")
                .then().statusCode(200).body("status", equalTo("cancelled"));
    }

    @Test
    void anActionNamesWhomUnlessThePersonCarriesItOut() {
        as("asker.coordinator").body("{\"description\": \"Ringe NAV\", \"category\": \"plan\", \"responsible\": \"team-member\"}")
                .when().post(plan + "/actions").then().statusCode(400);
        as("asker.coordinator").body("{\"description\": \"Ringe NAV\", \"category\": \"plan\", \"responsible\": \"person\", \"responsibleId\": \"%s\"}"
                        .formatted(adviser))
                .when().post(plan + "/actions").then().statusCode(400);
    }

    @Test
    void theOwnGoalIsWrittenDownByWhoeverKeepsThePlan() {
        as("asker.coordinator").body("{\"ownGoal\": \"  Jeg vil jobbe som helsefagarbeider  \"}").when().put(plan + "/own-goal")
                .then().statusCode(200).body("ownGoal", equalTo("Jeg vil jobbe som helsefagarbeider"));
        CareTopics.consentToNav(person, "basic");
        as("asker.professional").when().get(plan).then().statusCode(200).body("ownGoal", nullValue());
        as("asker.professional").body("{\"ownGoal\": \"Noe annet\"}").when().put(plan + "/own-goal").then().statusCode(403);
    }

    @Test
    void goalsAndActionsAreAnnouncedWithIdsAndCodesOnly() {
        try (KafkaProbe topic = KafkaProbe.watch(Topics.AGREEMENTS_PLAN_V1)) {
            String work = goal("work", "plan", "Arbeid i helsesektoren");
            KafkaProbe.Received set = topic.await(r -> person.equals(r.key()) && "GoalSet".equals(r.eventType()), Duration.ofSeconds(15))
                    .orElseThrow();
            assertEquals(work, set.envelope().path("payload").path("goalId").asText());
            assertEquals("work", set.envelope().path("payload").path("lifeArea").asText());
            assertFalse(set.record().value().contains("helsesektoren"), "the goal's words stay in the agreements service");

            String late = action("plan", "team-member", adviser, LocalDate.now().minusDays(1).toString());
            as("asker.coordinator").body("{\"status\": \"done\"}").when().put(plan + "/actions/" + late + "/status").then().statusCode(200);
            KafkaProbe.Received done = topic.await(r -> person.equals(r.key()) && "ActionStatusChanged".equals(r.eventType()),
                    Duration.ofSeconds(15)).orElseThrow();
            assertEquals("planned", done.envelope().path("payload").path("from").asText());
            assertEquals("done", done.envelope().path("payload").path("to").asText());
        }
    }

    @Test
    void anOpenActionIsRevisedAndAFinishedOneKeptAsAgreed() {
        String act = action("plan", "person", null, LocalDate.now().plusDays(3).toString());
        String revised = "{\"description\": \"Søke to praksisplasser\", \"category\": \"plan\", \"responsible\": \"team-member\","
                + " \"responsibleId\": \"%s\", \"dueDate\": \"%s\"}".formatted(adviser, LocalDate.now().plusDays(10));
        as("asker.coordinator").body(revised).when().put(plan + "/actions/" + act).then().statusCode(200)
                .body("description", equalTo("Søke to praksisplasser")).body("responsible", equalTo("team-member"))
                .body("responsibleId", equalTo(adviser));
        as("asker.professional").body(revised).when().put(plan + "/actions/" + act).then().statusCode(403);
        as("asker.coordinator").body("{\"status\": \"cancelled\"}").when().put(plan + "/actions/" + act + "/status").then().statusCode(200);
        as("asker.coordinator").body(revised).when().put(plan + "/actions/" + act).then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:illegal-status-change"));
    }

    @Test
    void myActionsAreTheOpenOnesICarryOutForPeopleIStillSee() {
        String mine = action("plan", "team-member", adviser, LocalDate.now().minusDays(3).toString());
        String health = action("health", "team-member", adviser, LocalDate.now().plusDays(3).toString());
        action("plan", "person", null, LocalDate.now().plusDays(3).toString());
        as("asker.professional").queryParam("size", 200).when().get("/api/v1/agreements/actions/mine").then().statusCode(200)
                .body("items.findAll { it.participantId == '%s' }".formatted(person), empty());
        String consent = CareTopics.consentToNav(person, "basic", "plan");
        as("asker.professional").queryParam("size", 200).when().get("/api/v1/agreements/actions/mine").then().statusCode(200)
                .body("items.findAll { it.participantId == '%s' }.action.id".formatted(person), contains(mine))
                .body("items.find { it.action.id == '%s' }.action.overdue".formatted(mine), equalTo(true));
        CareTopics.revoked(consent, person);
        as("asker.professional").queryParam("size", 200).when().get("/api/v1/agreements/actions/mine").then().statusCode(200)
                .body("items.findAll { it.participantId == '%s' }".formatted(person), empty());
        assertFalse(health.isEmpty());
    }

    @Test
    void whoRegisteredAPersonSeesThePlanUntilACoordinatorIsAssigned() {
        String registered = CareTopics.personRegisteredBy("user", "asker.professional");
        String theirPlan = "/api/v1/agreements/participants/" + registered + "/plan";
        as("asker.professional").when().get(theirPlan).then().statusCode(200).body("goals", empty());
        // Registering someone does not make one keep their plan.
        as("asker.professional").body("{\"ownGoal\": \"Noe\"}").when().put(theirPlan + "/own-goal").then().statusCode(403);
        CareTopics.coordinates(CareTopics.professional("asker.coordinator", CareTopics.REFUGEE_SERVICE), registered);
        as("asker.professional").when().get(theirPlan).then().statusCode(404);
        // A service account is no registrant, whatever subject it has.
        String byService = CareTopics.personRegisteredBy("service", "asker.professional");
        as("asker.professional").when().get("/api/v1/agreements/participants/" + byService + "/plan").then().statusCode(404);
    }

    @Test
    void aPlanHoldsAHundredGoalsAndRefusesTheNext() {
        for (int goal = 0; goal < PlanLimits.GOALS; goal++) {
            goal("work", "plan", "Mål " + goal);
        }
        as("asker.coordinator").body("{\"lifeArea\": \"work\", \"category\": \"plan\", \"description\": \"Ett for mye\"}")
                .when().post(plan + "/goals").then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:limit-reached")).body("detail", containsString("at most 100"));
        as("asker.coordinator").when().get(plan).then().statusCode(200).body("goals", hasSize(PlanLimits.GOALS));
    }
}
