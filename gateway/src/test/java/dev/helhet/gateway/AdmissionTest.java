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

/** Beyond the requests admission control lets in flight and waiting for a service, the gateway refuses at once with Retry-After. */
@QuarkusTest
@TestProfile(AdmissionTest.OneInFlightOneWaiting.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(EchoUpstreamResource.class)
class AdmissionTest {

    /** One request in flight and one waiting per service, so that five at once overflow it. */
    public static class OneInFlightOneWaiting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The waiting one waits out the stand-in service's 1.5 s (AdmissionQueueWaitTest bounds the wait).
            return Map.of("helhet.gateway.admission.connections", "1", "helhet.gateway.admission.queue", "1",
                    "helhet.gateway.admission.queue-wait", "10s");
        }
    }

    @Test
    void requestsBeyondTheAdmissionLimitAreRefusedAtOnceAndNeverReachTheService() {
        String token = Tokens.user("asker.coordinator");
        // Opens the one pooled connection, so that the next requests find it idle: one takes it, one waits.
        given().auth().oauth2(token).when().get("/api/v1/participants/warm-up").then().statusCode(200);
        EchoUpstreamResource.SLOW_REQUESTS.set(0);

        URI slow = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/participants/slow");
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            long started = System.nanoTime();
            List<Answer> answers = IntStream.range(0, 5)
                    .mapToObj(i -> http.sendAsync(HttpRequest.newBuilder(slow).header("Authorization", "Bearer " + token).build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .thenApply(response -> new Answer(response, (System.nanoTime() - started) / 1_000_000)))
                    .toList().stream().map(CompletableFuture::join).toList(); // all sent before any is awaited
            List<Answer> refused = answers.stream().filter(answer -> answer.response().statusCode() == 503).toList();
            List<Answer> served = answers.stream().filter(answer -> answer.response().statusCode() == 200).toList();
            long firstServed = served.stream().mapToLong(Answer::millis).min().orElse(0);
            assertAll(
                    () -> assertEquals(2, served.size(), "one in flight and one waiting are served: " + answers),
                    () -> assertEquals(3, refused.size(), "the other three are refused: " + answers),
                    () -> assertEquals(2, EchoUpstreamResource.SLOW_REQUESTS.get(), "only the admitted ones reached the service"),
                    () -> refused.forEach(answer -> {
                        assertEquals("1", answer.response().headers().firstValue("Retry-After").orElse(null));
                        assertEquals("application/problem+json", answer.response().headers().firstValue("Content-Type").orElse(null));
                        assertTrue(answer.response().body().contains("urn:helhet:problem:overloaded"), answer.response().body());
                        assertTrue(answer.millis() < firstServed, "refused before the first admitted one was served: " + answers);
                    }));
        }
    }

    @Test
    void callersWhoHangUpGiveTheirPlaceBack() throws Exception {
        String token = Tokens.user("asker.coordinator");
        given().auth().oauth2(token).when().get("/api/v1/participants/warm-up").then().statusCode(200);

        // Two callers take the one place in flight and the one waiting, and give up long before the service answers.
        URI slow = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/participants/slow");
        try (HttpClient impatient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            List<CompletableFuture<HttpResponse<String>>> gaveUp = IntStream.range(0, 2)
                    .mapToObj(i -> impatient.sendAsync(HttpRequest.newBuilder(slow).header("Authorization", "Bearer " + token)
                            .timeout(java.time.Duration.ofMillis(500)).build(), HttpResponse.BodyHandlers.ofString()))
                    .toList();
            gaveUp.forEach(call -> assertTrue(call.handle((response, failure) -> failure).join() != null, "timed out, not answered"));
        }

        // Without their places back, the next caller would be refused (503) or wait for the idle timeout (30 s).
        long started = System.nanoTime();
        given().auth().oauth2(token).when().get("/api/v1/participants/after-hang-ups").then().statusCode(200);
        long millis = (System.nanoTime() - started) / 1_000_000;
        // The stand-in service answers one request at a time and finishes the first caller's 1.5 s before this one.
        assertTrue(millis < 5_000, "served in " + millis + " ms after two callers hung up");
    }

    private record Answer(HttpResponse<String> response, long millis) {
        @Override
        public String toString() {
            return response.statusCode() + " after " + millis + " ms";
        }
    }
}
