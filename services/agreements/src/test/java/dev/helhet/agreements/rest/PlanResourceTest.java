package dev.helhet.agreements.rest;

import dev.helhet.agreements.support.CareTopics;
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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The shared plan through its API, on real PostgreSQL, Kafka and Keycloak: goals, their status, progress, and who sees which. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "agreements"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PlanResourceTest {

    private String person;
    private String plan;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @BeforeEach
    void aPersonWithACoordinatorAndANavAdviserOnTheTeam() {
        person = CareTopics.person();
        CareTopics.coordinates(CareTopics.professional("asker.coordinator", CareTopics.REFUGEE_SERVICE), person);
        CareTopics.onTeamForNav(CareTopics.professional("asker.professional", CareTopics.NAV), person);
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
}
