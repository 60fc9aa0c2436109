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
import org.junit.jupiter.api.Test;

import static dev.helhet.testing.ConditionalUpdates.assertIfMatchGuards;
import static dev.helhet.testing.ConditionalUpdates.entityTag;
import static io.restassured.RestAssured.given;

/** Agreements and meetings are read with an ETag and changed under If-Match (docs/adr/0039). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "agreements"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ConditionalUpdateTest {

    private static final String AGREEMENTS = "/api/v1/agreements/collaboration-agreements";

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    private static RequestSpecification coordinator() {
        return as("asker.coordinator");
    }

    @Test
    void anAgreementIsRevisedOnlyAtTheVersionRead() {
        String agreement = """
                {"title": "Versjonert avtale", "purpose": "%s", "parties": [{"organisationId": "%s"}, {"organisationId": "%s"}],
                 "validFrom": "2026-01-01", "validTo": "2028-12-31"%s}""";
        String first = CareTopics.organisation("asker");
        String second = CareTopics.organisation("asker");
        String path = AGREEMENTS + "/" + as("asker.admin").body(agreement.formatted("Trygg overgang", first, second, ""))
                .when().post(AGREEMENTS).then().statusCode(201).extract().path("id");
        String tag = entityTag(as("asker.admin").when().get(path).then().statusCode(200).extract().response());
        assertIfMatchGuards(() -> as("asker.admin"), path, tag,
                version -> agreement.formatted("Trygg overgang til arbeid", first, second, ", \"version\": " + version), true);
    }

    @Test
    void aMeetingIsRearrangedAndItsMinutesWrittenOnlyAtTheVersionRead() {
        CareTopics.Team team = CareTopics.team();
        String meeting = """
                {"kind": "team-meeting", "category": "plan", "startsAt": "%s", "place": "Asker rådhus",
                 "roles": {"chairId": "%s", "minuteTakerId": "%s"}, "attendees": [{"kind": "person"}]%s}""";
        String path = "/api/v1/agreements/meetings/" + coordinator()
                .body(meeting.formatted("2027-02-02T09:00:00Z", team.coordinator(), team.coordinator(), ""))
                .when().post("/api/v1/agreements/participants/" + team.person() + "/meetings").then().statusCode(201).extract().path("id");
        String tag = entityTag(coordinator().when().get(path).then().statusCode(200).extract().response());
        String moved = assertIfMatchGuards(ConditionalUpdateTest::coordinator, path, tag, version -> meeting.formatted("2027-02-09T09:00:00Z",
                team.coordinator(), team.coordinator(), version == null ? "" : ", \"version\": " + version), false).header("ETag");
        assertIfMatchGuards(ConditionalUpdateTest::coordinator, path + "/minutes", moved,
                version -> "{\"minutes\": \"Avtalt arbeidstrening\"" + (version == null ? "" : ", \"version\": " + version) + "}", false);
    }

    @Test
    void aChangeThatCannotBeConditionalRefusesIfMatchRatherThanIgnoringIt() {
        CareTopics.Team team = CareTopics.team();
        String plan = "/api/v1/agreements/participants/" + team.person() + "/plan";
        io.restassured.response.Response proposed = coordinator().body("{\"lifeArea\": \"work\", \"category\": \"plan\", \"description\": \"Fagbrev\"}")
                .when().post(plan + "/goals").then().statusCode(201).extract().response();
        String goal = plan + "/goals/" + proposed.path("id");
        coordinator().header("If-Match", entityTag(proposed)).body("{\"description\": \"Fagbrev i 2028\", \"status\": \"active\"}").when().put(goal)
                .then().statusCode(412).body("type", org.hamcrest.Matchers.equalTo("urn:helhet:problem:precondition-failed"));
        coordinator().when().get(plan).then().statusCode(200)
                .body("goals.find { it.id == '%s' }.description".formatted(proposed.<String>path("id")), org.hamcrest.Matchers.equalTo("Fagbrev"));
        coordinator().body("{\"description\": \"Fagbrev i 2028\", \"status\": \"active\"}").when().put(goal).then().statusCode(200);
    }
}
