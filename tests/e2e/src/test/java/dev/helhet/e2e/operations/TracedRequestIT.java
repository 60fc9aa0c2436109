package dev.helhet.e2e.operations;

import dev.helhet.contracts.Topics;
import dev.helhet.e2e.Platform;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request's trace starts at the gateway and goes on through the service into the event it published, and the
 * gateway's access log ties the caller's request id to that trace, with the route template instead of the path.
 */
@ExtendWith(Platform.class)
class TracedRequestIT {

    @Test
    void theGatewaysAccessLogLeadsFromTheRequestIdToTheTraceOfTheEvent() throws IOException {
        String requestId = "trace-" + UUID.randomUUID();
        String participant;
        String traceparent;
        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_PARTICIPANT_V1)) {
            participant = given().auth().oauth2(Tokens.user("asker.coordinator")).header("X-Request-Id", requestId)
                    .contentType(ContentType.JSON).body("{\"name\": \"Traced Person\"}")
                    .when().post(Platform.gatewayUrl() + "/api/v1/participants")
                    .then().statusCode(201).extract().path("id");
            KafkaProbe.Received event = topic.await(received -> participant.equals(received.key()), Duration.ofSeconds(30)).orElseThrow();
            traceparent = event.header("traceparent");
        }
        assertTrue(traceparent != null && traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"), "the event carries its trace: " + traceparent);
        String traceId = traceparent.split("-")[1];
        assertFalse(traceId.equals("0".repeat(32)), "a real trace id");

        Path log = Platform.profile().logDir().resolve("gateway.log");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> Files.readString(log).contains("request=" + requestId));
        List<String> lines = Files.readAllLines(log).stream().filter(line -> line.contains("request=" + requestId)).toList();
        System.out.println("[trace] gateway access log: " + lines);
        assertEquals(1, lines.size(), "one access-log line per request");
        String line = lines.get(0);
        assertTrue(line.contains("POST /api/v1/participants 201"), "method, route and status: " + line);
        assertTrue(line.contains("trace=" + traceId), "the trace the service and the event carry began at the gateway: " + line);
        assertFalse(line.contains(participant) || line.contains("Traced Person"), "nothing about the person: " + line);
    }
}
