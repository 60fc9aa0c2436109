package dev.helhet.statistics.indicators;

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
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.helhet.statistics.support.StatisticsEvents.at;
import static dev.helhet.statistics.support.StatisticsEvents.awaitCaughtUp;
import static dev.helhet.statistics.support.StatisticsEvents.day;
import static dev.helhet.statistics.support.StatisticsEvents.freshPastMonth;
import static dev.helhet.statistics.support.StatisticsEvents.payload;
import static dev.helhet.statistics.support.StatisticsEvents.send;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wiping the read model and replaying every topic from the start gives the same figures, to the last cell. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "statistics"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class RebuildTest {

    private static final String REBUILD = "/api/v1/statistics/rebuild";

    @Test
    void aReplayIntoAnEmptyReadModelGivesTheSameFigures() {
        YearMonth month = freshPastMonth();
        UUID person = UUID.randomUUID();
        send("ParticipantRegistered", "asker", at(month, 1), payload().put("participantId", person.toString()).put("ageBand", "18-24"));
        send("ProgrammeEnded", "asker", at(month, 20), payload().put("participantId", person.toString())
                .put("enrolmentId", UUID.randomUUID().toString()).put("programme", "introduction-programme")
                .put("endDate", day(month, 15).toString()).put("reason", "education"));
        awaitCaughtUp();
        Map<String, String> before = everyFigure(month);

        ServiceBasics.execute("statistics", "truncate fact, organisation, municipality");
        assertEquals(0, ServiceBasics.count("statistics", "select count(*) from fact"), "the read model is empty");
        given().auth().oauth2(Tokens.user("asker.analyst")).contentType("application/json").body("{}")
                .when().post(REBUILD).then().statusCode(403);
        given().auth().oauth2(Tokens.user("region.operator")).contentType("application/json").body("{\"reason\": \"rebuild test\"}")
                .when().post(REBUILD).then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(Tokens.user("region.operator")).when().get(REBUILD)
                        .then().statusCode(200).body("state", equalTo("done")));
        long replayed = given().auth().oauth2(Tokens.user("region.operator")).when().get(REBUILD)
                .then().extract().jsonPath().getLong("events");
        assertTrue(replayed >= 2, "replayed " + replayed + " events");

        assertEquals(before, everyFigure(month));
    }

    /** Every indicator of Asker in the month, and the regional view of the last closed quarter, as the API answers them. */
    private static Map<String, String> everyFigure(YearMonth month) {
        Map<String, String> figures = new LinkedHashMap<>();
        List<String> indicators = given().auth().oauth2(Tokens.user("asker.analyst")).queryParam("size", 200).when().get("/api/v1/statistics/indicators")
                .then().statusCode(200).extract().jsonPath().getList("items.code");
        for (String indicator : indicators) {
            figures.put(indicator, given().auth().oauth2(Tokens.user("asker.analyst"))
                    .queryParam("from", month.toString()).queryParam("to", month.toString()).queryParam("by", "age-band")
                    .when().get("/api/v1/statistics/indicators/" + indicator).then().statusCode(200).extract().asString());
            figures.put("region " + indicator, given().auth().oauth2(Tokens.user("region.operator"))
                    .when().get("/api/v1/statistics/region/indicators/" + indicator).then().statusCode(200).extract().asString());
        }
        return figures;
    }
}
