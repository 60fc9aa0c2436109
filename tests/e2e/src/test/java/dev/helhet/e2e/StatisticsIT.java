package dev.helhet.e2e;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dev.helhet.e2e.GatewayApi.api;
import static dev.helhet.e2e.GatewayApi.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A programme ended through the API becomes a figure behind the gateway: participants → outbox → Kafka → statistics,
 * read by Asker's analyst by age band (from the date of birth, which never leaves participants), and published as
 * open data to anyone without a token.
 */
@ExtendWith(Platform.class)
class StatisticsIT {

    private static final String AGE_BAND = "25-34";

    @Test
    void aProgrammeEndedThroughTheApiCountsForTheAnalystAndInOpenData() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        YearMonth month = YearMonth.from(today);
        Settled.participantEvents();
        Map<String, Long> before = outcomes(month);

        String person = as("asker.coordinator")
                .body("{\"name\": \"Stina Statistikk\", \"dateOfBirth\": \"" + today.minusYears(30) + "\"}")
                .when().post(api() + "/participants").then().statusCode(201).extract().path("id");
        String enrolment = as("asker.coordinator")
                .body("{\"programme\": \"introduction-programme\", \"startDate\": \"" + today.minusYears(2) + "\", \"plannedEndDate\": \""
                        + today + "\", \"settlementDate\": \"" + today.minusYears(2).minusMonths(1) + "\"}")
                .when().post(api() + "/participants/" + person + "/programmes").then().statusCode(201).extract().path("id");
        as("asker.coordinator").body("{\"endDate\": \"" + today + "\", \"reason\": \"work\"}")
                .when().post(api() + "/participants/" + person + "/programmes/" + enrolment + "/end").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            Map<String, Long> after = outcomes(month);
            assertEquals(before.get("ended") + 1, after.get("ended"), "her end counts in her age band");
            assertEquals(before.get("work") + 1, after.get("work"));
        });

        given().when().get(api() + "/statistics/open/programme-outcomes.csv")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(startsWith("dataset,municipality,quarter,measure,value,status"));
        given().when().get(api() + "/statistics/open/programme-outcomes.json")
                .then().statusCode(200)
                .body("version", equalTo("2.0"))
                .body("role.geo", equalTo(List.of("municipality")));
        given().when().get(api() + "/statistics/indicators/programme-outcomes").then().statusCode(401);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Long> outcomes(YearMonth month) {
        JsonPath table = as("asker.analyst").queryParam("by", "age-band").queryParam("from", month.toString()).queryParam("to", month.toString())
                .when().get(api() + "/statistics/indicators/programme-outcomes").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> rows = table.getList("rows");
        Map<String, Object> values = rows.stream().filter(row -> AGE_BAND.equals(row.get("key"))).findFirst()
                .map(row -> (Map<String, Object>) row.get("values")).orElse(Map.of());
        return Map.of("ended", number(values.get("ended")), "work", number(values.get("work")));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
