package dev.helhet.statistics.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.OpenApiChecks;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Who may read which figures, and clear problems for questions that cannot be answered. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "statistics"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class IndicatorAccessTest {

    private static final String ASKER = "/api/v1/statistics/indicators/programme-outcomes";
    private static final String REGION = "/api/v1/statistics/region/indicators/programme-outcomes";

    @Test
    void analystsAndAdminsReadTheirMunicipalityAndThePlatformAdminTheRegion() {
        given().when().get(ASKER).then().statusCode(401).body("type", equalTo("urn:helhet:problem:unauthenticated"));
        given().when().get(REGION).then().statusCode(401);
        ServiceBasics.assertRefusedTo(ASKER, "asker.coordinator", "asker.professional", "asker.teamlead", "amina.hassan", "region.operator");
        ServiceBasics.assertRefusedTo(REGION, "asker.analyst", "asker.admin", "asker.coordinator");
        given().auth().oauth2(Tokens.user("asker.analyst")).when().get(ASKER)
                .then().statusCode(200)
                .body("municipalities", equalTo(java.util.List.of("asker")))
                .body("protectedFigures", equalTo(false))
                .body("rows", hasSize(12)); // the twelve months up to this one, zeros included
        given().auth().oauth2(Tokens.user("region.operator")).when().get(REGION)
                .then().statusCode(200)
                .body("by", equalTo("municipality"))
                .body("protectedFigures", equalTo(true));
        given().auth().oauth2(Tokens.user("asker.analyst")).queryParam("size", 200).when().get("/api/v1/statistics/indicators")
                .then().statusCode(200)
                .body("items.code", hasItem("referrals"))
                .body("items.find { it.code == 'coordinator-coverage' }.dimensions", not(hasItem("month")));
        dev.helhet.testing.PagedLists.assertPaged(() -> given().auth().oauth2(Tokens.user("asker.analyst")), "/api/v1/statistics/indicators", 5);
        given().auth().oauth2(Tokens.user("asker.analyst")).when().get("/api/v1/statistics/indicators/coordinator-coverage")
                .then().statusCode(200).body("by", equalTo("programme")).body("from", nullValue());
    }

    @Test
    void answersQuestionsItCannotAnswerWithProblems() {
        String analyst = Tokens.user("asker.analyst");
        given().auth().oauth2(analyst).when().get("/api/v1/statistics/indicators/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json").body("type", equalTo("urn:helhet:problem:not-found"));
        given().auth().oauth2(analyst).queryParam("by", "colour").when().get(ASKER)
                .then().statusCode(400).body("errors[0].field", equalTo("by"));
        given().auth().oauth2(analyst).queryParam("by", "rule").when().get(ASKER)
                .then().statusCode(400).body("errors[0].code", equalTo("dimension-not-allowed"));
        given().auth().oauth2(analyst).queryParam("by", "municipality").when().get(ASKER)
                .then().statusCode(400).body("errors[0].code", equalTo("dimension-not-allowed"));
        given().auth().oauth2(analyst).queryParam("from", "2026-13").when().get(ASKER)
                .then().statusCode(400).body("errors[0].code", equalTo("invalid-month"));
        given().auth().oauth2(analyst).queryParam("from", "2026-06").queryParam("to", "2026-01").when().get(ASKER)
                .then().statusCode(400).body("errors[0].code", equalTo("period-reversed"));
        given().auth().oauth2(analyst).queryParam("from", "1990-01").queryParam("to", "2026-01").when().get(ASKER)
                .then().statusCode(400).body("errors[0].code", equalTo("period-too-long"));
        given().auth().oauth2(analyst).queryParam("weeks", 0).when().get("/api/v1/statistics/indicators/recent-meetings")
                .then().statusCode(400);
        given().when().get("/api/v1/statistics/open/coordinator-coverage.csv")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("from", "2026-Q5").when().get("/api/v1/statistics/open/referrals.json")
                .then().statusCode(400).body("errors[0].code", equalTo("invalid-quarter"));
        given().queryParam("to", "2999-Q4").when().get("/api/v1/statistics/open/referrals.json")
                .then().statusCode(400).body("errors[0].code", equalTo("quarter-not-closed"));
        String platformAdmin = Tokens.user("region.operator");
        given().auth().oauth2(platformAdmin).queryParam("by", "month").when().get(REGION)
                .then().statusCode(400).body("errors[0].code", equalTo("dimension-not-allowed"));
        given().auth().oauth2(platformAdmin).queryParam("quarter", "2999-Q1").when().get(REGION)
                .then().statusCode(400).body("errors[0].code", equalTo("quarter-not-closed"));
        given().auth().oauth2(platformAdmin).queryParam("by", "age-band").when().get("/api/v1/statistics/region/indicators/coordinator-coverage")
                .then().statusCode(400).body("errors[0].code", equalTo("dimension-not-allowed"));
    }

    @Test
    void openDataNeedsNoTokenAndListsItsCodes() {
        given().when().get("/api/v1/statistics/open/codes")
                .then().statusCode(200)
                .body("region", equalTo("region"))
                .body("datasets.referrals", hasItem("requested"))
                .body("datasets.'coordinator-coverage'", nullValue());
        given().when().get("/api/v1/statistics/open/consents.json")
                .then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=900"))
                .body("size[1]", equalTo(8)); // eight quarters by default
    }

    @Test
    void everyOperationFieldAndErrorIsDescribed() {
        OpenApiChecks.assertComplete(20);
    }
}
