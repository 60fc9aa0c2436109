package dev.helhet.statistics.support;

import dev.helhet.testing.Tokens;
import io.restassured.path.json.JsonPath;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Reads an indicator over HTTP as a user would, and finds the figures of one row. */
public final class Figures {

    private final JsonPath table;

    private Figures(JsonPath table) {
        this.table = table;
    }

    /** The indicator of the user's municipality by {@code by}, over one month. */
    public static Figures of(String user, String indicator, String by, YearMonth month) {
        return new Figures(given().auth().oauth2(Tokens.user(user))
                .queryParam("by", by).queryParam("from", month.toString()).queryParam("to", month.toString())
                .when().get("/api/v1/statistics/indicators/" + indicator)
                .then().statusCode(200).extract().jsonPath());
    }

    /** A figure as of now of the user's municipality, by {@code by}. */
    public static Figures now(String user, String indicator, String by, Map<String, ?> parameters) {
        return new Figures(given().auth().oauth2(Tokens.user(user)).queryParam("by", by).queryParams(parameters)
                .when().get("/api/v1/statistics/indicators/" + indicator)
                .then().statusCode(200).extract().jsonPath());
    }

    /** The platform admin's regional view by municipality over the (closed) quarter of a month. */
    public static Figures ofRegion(String indicator, YearMonth month) {
        return new Figures(given().auth().oauth2(Tokens.user("region.operator"))
                .queryParam("quarter", quarterOf(month))
                .when().get("/api/v1/statistics/region/indicators/" + indicator)
                .then().statusCode(200).extract().jsonPath());
    }

    /** The quarter of a month as the API writes it, e.g. 2026-Q3. */
    public static String quarterOf(YearMonth month) {
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    public JsonPath table() {
        return table;
    }

    /** A value of the row with this key (the total for null); null when withheld or undefined. */
    public Double value(String key, String measure) {
        Map<String, Object> values = row(key).get("values") instanceof Map<?, ?> map ? castValues(map) : Map.of();
        Object value = values.get(measure);
        // JsonPath reads decimals as floats: go through the text to compare with the decimal the API sent.
        return value == null ? null : Double.valueOf(value.toString());
    }

    public long count(String key, String measure) {
        Double value = value(key, measure);
        if (value == null) {
            throw new AssertionError(measure + " of " + key + " is withheld or undefined: " + row(key));
        }
        return value.longValue();
    }

    public Map<String, Object> row(String key) {
        if (key == null) {
            return table.getMap("total");
        }
        List<Map<String, Object>> rows = table.getList("rows");
        return rows.stream().filter(row -> key.equals(row.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + rows));
    }

    public List<Map<String, Object>> rows() {
        return table.getList("rows");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castValues(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
