package dev.helhet.e2e;

import dev.helhet.local.KafkaBroker;
import dev.helhet.testing.Tokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With the real broker stopped, a registration still succeeds and its event waits in the outbox;
 * once Kafka is back, the relay delivers it and the read model counts it. Runs after the other
 * end-to-end classes because it takes the broker away from everything for a while.
 */
@ExtendWith(Platform.class)
@Order(Integer.MAX_VALUE)
class KafkaOutageIT {

    @Test
    void noEventIsLostWhileKafkaIsDown() {
        String gateway = Platform.gatewayUrl();
        String token = Tokens.user("asker.coordinator");
        Settled.participantEvents();
        long before = participantCount(gateway, token);

        KafkaBroker.stopRunning(Platform.profile());
        KafkaBroker restarted = null;
        try {
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\": \"Registered During Outage\"}")
                    .when().post(gateway + "/api/v1/participants")
                    .then().statusCode(201);
            // The relay keeps failing for a while; the row must stay in the outbox meanwhile.
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> participantCount(gateway, token) == before);

            restarted = KafkaBroker.start(Platform.profile());
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertEquals(before + 1, participantCount(gateway, token)));
        } finally {
            if (restarted == null) {
                KafkaBroker.start(Platform.profile()); // leave the stack as we found it
            }
        }
    }

    private static long participantCount(String gateway, String token) {
        return given().auth().oauth2(token).when().get(gateway + "/api/v1/statistics/overview")
                .then().statusCode(200)
                .extract().jsonPath().getLong("participants");
    }
}
