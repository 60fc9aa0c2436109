package dev.helhet.gateway;

import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request that waits longer than the queue wait for a connection to a busy service is refused, not kept waiting. */
@QuarkusTest
@TestProfile(AdmissionQueueWaitTest.ShortWait.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(EchoUpstreamResource.class)
class AdmissionQueueWaitTest {

    /** One request in flight, room for many waiting, but none waits more than 300 ms. */
    public static class ShortWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("helhet.gateway.admission.connections", "1", "helhet.gateway.admission.queue", "10",
                    "helhet.gateway.admission.queue-wait", "300ms");
        }
    }

    @Test
    void aRequestThatWaitsTooLongIsRefusedWithRetryAfter() {
        String token = Tokens.user("asker.coordinator");
        given().auth().oauth2(token).when().get("/api/v1/participants/warm-up").then().statusCode(200);

        URI slow = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/participants/slow");
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            long started = System.nanoTime();
            List<CompletableFuture<long[]>> calls = IntStream.range(0, 3)
                    .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(slow).header("Authorization", "Bearer " + token).build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .thenApply(response -> {
                                assertEquals(response.statusCode() == 503 ? "1" : null, response.headers().firstValue("Retry-After").orElse(null));
                                if (response.statusCode() == 503) {
                                    assertTrue(response.body().contains("urn:helhet:problem:overloaded"), response.body());
                                }
                                return new long[] {response.statusCode(), (System.nanoTime() - started) / 1_000_000};
                            }))
                    .toList();
            List<long[]> answers = calls.stream().map(CompletableFuture::join).toList();
            List<long[]> refused = answers.stream().filter(answer -> answer[0] == 503).toList();
            long served = answers.stream().filter(answer -> answer[0] == 200).mapToLong(answer -> answer[1]).min().orElse(0);
            String seen = answers.stream().map(answer -> answer[0] + " after " + answer[1] + " ms").toList().toString();
            assertAll(
                    () -> assertEquals(1, answers.stream().filter(answer -> answer[0] == 200).count(), "the one in flight is served: " + seen),
                    () -> assertEquals(2, refused.size(), "the two waiting are refused: " + seen),
                    // The service takes 1.5 s; the waiting ones hear after the 300 ms wait, before the one in flight is served.
                    () -> refused.forEach(answer -> assertTrue(answer[1] < served, "refused before the one in flight is served: " + seen)));
        }
    }
}
