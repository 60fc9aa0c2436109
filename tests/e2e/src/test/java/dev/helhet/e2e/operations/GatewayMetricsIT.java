package dev.helhet.e2e.operations;

import dev.helhet.e2e.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.helhet.e2e.GatewayApi.api;
import static dev.helhet.e2e.GatewayApi.as;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gateway's request metrics are labelled by route template, never by a raw path: no person's id in a label, and no
 * way for a caller to make a series per path it invents. The header the services name their route in stays inside.
 */
@ExtendWith(Platform.class)
class GatewayMetricsIT {

    private static final Pattern URI_LABEL = Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"");
    /** quarkus.micrometer.binder.http-server.max-uri-tags in the gateway's application.properties. */
    private static final int MAX_URI_TAGS = 400;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void requestsAreLabelledByRouteNotByPath() {
        String person = UUID.randomUUID().toString();
        var answer = as("asker.teamlead").when().get(api() + "/participants/" + person).then().statusCode(404).extract();
        assertEquals(null, answer.header("X-Helhet-Route"), "the services' route header does not leave the gateway");
        as("asker.teamlead").when().get(api() + "/participants/" + person + "/consents").then().statusCode(404);
        inventPaths(0);
        Set<String> before = uriLabels();
        inventPaths(1);
        inventPaths(2);
        String metrics = metrics();
        Set<String> labels = uriLabels(metrics);
        System.out.println("[metrics] gateway uri labels (" + labels.size() + "): " + labels);
        assertTrue(labels.contains("/api/v1/participants/{id}"), "the route the service named: " + labels);
        assertTrue(labels.contains("/api/v1/participants/*"), "paths no service matched, by service: " + labels);
        assertTrue(labels.contains("/{web-app}"), "the web app's deep links, as one: " + labels);
        for (String label : labels) {
            assertFalse(ID.matcher(label).find(), "an id in a metric label: " + label);
            assertFalse(label.contains("invented") || label.contains("unknown-"), "a label a caller chose: " + label);
        }
        // Other tests in the run have labelled every route they called; invented paths add nothing to that set.
        assertEquals(before, labels, "invented paths made no new series");
        assertTrue(labels.size() < MAX_URI_TAGS, "below the gateway's cap, so no route's series was dropped: " + labels.size());
        assertFalse(metrics.contains(person), "the person's id appears nowhere in the metrics");
    }

    /** Paths a caller made up, anonymous and signed in, and the web app's deep links. */
    private static void inventPaths(int round) {
        given().when().get(api() + "/participants/" + UUID.randomUUID() + "/invented-" + round).then().statusCode(401);
        as("asker.teamlead").when().get(api() + "/participants/invented-" + round + "/deeper").then().statusCode(404);
        given().when().get(Platform.gatewayUrl() + "/participants/" + UUID.randomUUID()).then().statusCode(200);
        given().when().get(api() + "/unknown-" + round).then().statusCode(404);
    }

    private static String metrics() {
        return given().when().get(Platform.gatewayUrl() + "/q/metrics").then().statusCode(200).extract().asString();
    }

    private static Set<String> uriLabels() {
        return uriLabels(metrics());
    }

    private static Set<String> uriLabels(String metrics) {
        Set<String> labels = new TreeSet<>();
        Matcher matcher = URI_LABEL.matcher(metrics);
        while (matcher.find()) {
            labels.add(matcher.group(1));
        }
        return labels;
    }
}
