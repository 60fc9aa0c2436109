package dev.helhet.gateway;

import dev.helhet.testing.BrowserSession;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the sessions' database away, a browser's request and a sign-in are answered 503 to try again (not treated as signed
 * out, not failed), while
 * bearer-token callers, who need no session, are served and the gateway stays ready.
 */
@QuarkusTest
@TestProfile(SessionStoreDownTest.NoDatabase.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(EchoUpstreamResource.class)
class SessionStoreDownTest {

    /** A database address nothing listens on; nothing to migrate at start. */
    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.url", "postgresql://localhost:1/gateway",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:1/gateway",
                    "quarkus.flyway.migrate-at-start", "false");
        }
    }

    @Test
    void aBrowserIsToldToTryAgainAndPartnersAreStillServed() {
        var answer = given().cookie("q_session", "A".repeat(43)).when().get("/api/v1/session")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:helhet:problem:unavailable"))
                .extract();
        assertFalse(answer.headers().getValues("Set-Cookie").stream().anyMatch(cookie -> cookie.startsWith("q_session")),
                "the browser keeps its session cookie: " + answer.headers().getValues("Set-Cookie"));
        given().auth().oauth2(Tokens.user("asker.coordinator")).when().get("/api/v1/participants").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aSignInIsToldToTryAgainNotFailed() {
        HttpResponse<String> answer = BrowserSession.attemptSignIn("http://localhost:28089", "asker.coordinator");
        assertEquals(503, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertEquals("5", answer.headers().firstValue("Retry-After").orElse(""));
        assertTrue(answer.body().contains("urn:helhet:problem:unavailable"), answer.body());
    }
}
