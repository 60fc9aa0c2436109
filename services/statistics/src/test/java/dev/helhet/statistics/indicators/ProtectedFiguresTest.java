package dev.helhet.statistics.indicators;

import dev.helhet.statistics.support.Figures;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures that leave a municipality (the regional view, open data) publish no count from 1 to 4, and no withheld
 * count can be recovered by subtracting the published cells of a line from its total.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "statistics"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ProtectedFiguresTest {

    private static final List<String> OUTCOMES = List.of("work", "education", "neither", "moved", "other");

    @Test
    void theRegionalViewAndOpenDataWithholdSmallCountsAndWhatWouldRevealThem() {
        YearMonth month = freshPastMonth();
        String big = "big-" + UUID.randomUUID().toString().substring(0, 8);
        String small = "small-" + UUID.randomUUID().toString().substring(0, 8);
        // Big: 9 in work, 6 in education, 3 moved (18). Small: 2 in work, 5 in education (7).
        ends(big, month, "work", 9);
        ends(big, month, "education", 6);
        ends(big, month, "moved", 3);
        ends(small, month, "work", 2);
        ends(small, month, "education", 5);
        awaitCaughtUp();

        Figures region = Figures.ofRegion("programme-outcomes", month);
        assertTrue(region.table().getBoolean("protectedFigures"));
        assertNull(region.value(big, "moved"), "3 moved is withheld");
        assertEquals(1, region.rows().stream().filter(row -> row.get("key").equals(big)).count());
        assertNull(region.value(small, "work"), "2 in work is withheld");
        assertNull(region.value(small, "education"), "and 5 in education with it: 7 - 0 - 0 - 0 would give the 2 back");
        assertNull(region.value(small, "workOrEducationShare"), "no share from a withheld count");
        assertEquals(18, region.count(big, "ended"));
        assertNoSmallCounts(region.rows());
        assertNoLoneWithheldCell(region, List.of(big, small));

        String quarter = Figures.quarterOf(month);
        JsonPath stat = given().queryParam("from", quarter).queryParam("to", quarter)
                .when().get("/api/v1/statistics/open/programme-outcomes.json")
                .then().statusCode(200).body("version", equalTo("2.0")).body("class", equalTo("dataset"))
                .extract().jsonPath();
        List<String> ids = stat.getList("id");
        assertEquals(List.of("municipality", "quarter", "measure"), ids);
        Map<String, Integer> areas = stat.getMap("dimension.municipality.category.index");
        Map<String, Integer> measures = stat.getMap("dimension.measure.category.index");
        List<Integer> size = stat.getList("size");
        List<Object> values = stat.getList("value");
        Map<String, String> status = stat.getMap("status");
        assertEquals(size.get(0) * size.get(1) * size.get(2), values.size());
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            assertTrue(value == null || ((Number) value).longValue() == 0 || ((Number) value).longValue() >= 5, "cell " + i + " is " + value);
            assertEquals(value == null, status.containsKey(Integer.toString(i)), "a withheld cell has a status, and only it");
        }
        for (String area : List.of(big, small, "region")) {
            List<Object> parts = new ArrayList<>();
            parts.add(values.get(index(areas.get(area), 0, measures.get("ended"), size)));
            OUTCOMES.forEach(outcome -> parts.add(values.get(index(areas.get(area), 0, measures.get(outcome), size))));
            assertFalse(parts.stream().filter(part -> part == null).count() == 1, area + ": one withheld cell in " + parts);
        }
        for (String measure : measures.keySet()) {
            long withheld = areas.values().stream().filter(area -> values.get(index(area, 0, measures.get(measure), size)) == null).count();
            assertFalse(withheld == 1 && values.get(index(areas.get("region"), 0, measures.get(measure), size)) != null,
                    measure + ": one withheld municipality against a published region total");
        }

        // Published is published: a late event about the quarter changes neither the regional view nor open data.
        ends(big, month, "moved", 1);
        awaitCaughtUp();
        assertEquals(18, Figures.ofRegion("programme-outcomes", month).count(big, "ended"), "the published quarter is kept as it was");
        assertEquals(stat.getList("value"), given().queryParam("from", quarter).queryParam("to", quarter)
                .when().get("/api/v1/statistics/open/programme-outcomes.json").then().statusCode(200).extract().jsonPath().getList("value"));

        String csv = given().queryParam("from", quarter).queryParam("to", quarter)
                .when().get("/api/v1/statistics/open/programme-outcomes.csv")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .extract().asString();
        assertTrue(csv.startsWith("dataset,municipality,quarter,measure,value,status\r\n"));
        assertTrue(csv.contains("programme-outcomes," + big + "," + quarter + ",ended,18,\r\n"), csv);
        assertTrue(csv.contains("programme-outcomes," + small + "," + quarter + ",work,,:\r\n"), csv);
    }

    private static void ends(String municipality, YearMonth month, String reason, int people) {
        for (int i = 0; i < people; i++) {
            send("ProgrammeEnded", municipality, at(month, 20), payload().put("participantId", UUID.randomUUID().toString())
                    .put("enrolmentId", UUID.randomUUID().toString()).put("programme", "introduction-programme")
                    .put("endDate", day(month, 15).toString()).put("reason", reason));
        }
    }

    private static int index(int area, int quarter, int measure, List<Integer> size) {
        return (area * size.get(1) + quarter) * size.get(2) + measure;
    }

    private static void assertNoSmallCounts(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            ((Map<?, ?>) row.get("values")).forEach((measure, value) -> {
                if (value instanceof Number number && !measure.toString().endsWith("Share")) {
                    assertTrue(number.longValue() == 0 || number.longValue() >= 5, row.get("key") + "." + measure + " = " + value);
                }
            });
        }
    }

    private static void assertNoLoneWithheldCell(Figures region, List<String> keys) {
        for (String key : keys) {
            List<Double> line = new ArrayList<>();
            line.add(region.value(key, "ended"));
            OUTCOMES.forEach(outcome -> line.add(region.value(key, outcome)));
            assertFalse(line.stream().filter(value -> value == null).count() == 1, key + ": one withheld cell in " + line);
        }
        for (String measure : OUTCOMES) {
            long withheld = region.rows().stream().filter(row -> ((Map<?, ?>) row.get("values")).get(measure) == null).count();
            assertFalse(withheld == 1 && region.value(null, measure) != null, measure + ": one withheld row against a published total");
        }
    }
}
