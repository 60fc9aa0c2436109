package dev.helhet.gateway;

import dev.helhet.testing.BrowserSession;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Refreshed tokens stay in the session they belong to: the same session cookie, the same CSRF token. */
@QuarkusTest
@TestProfile(SessionRefreshTest.RefreshOnEveryRequest.class)
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(EchoUpstreamResource.class)
class SessionRefreshTest {

    private static final String GATEWAY = "http://localhost:28089";

    /** Every access token counts as about to expire, so every request of a session refreshes it. */
    public static class RefreshOnEveryRequest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.token.refresh-token-time-skew", "1H");
        }
    }

    @Test
    void aRefreshKeepsTheSessionAndItsCsrfToken() {
        BrowserSession browser = BrowserSession.signIn(GATEWAY, "asker.coordinator");
        String csrf = JsonPath.from(browser.request("GET", "/api/v1/session", null).body()).getString("csrfToken");
        String session = browser.cookie("q_session");
        for (int request = 0; request < 3; request++) {
            assertEquals(200, browser.request("GET", "/api/v1/participants", null).statusCode(), "request " + request);
        }
        assertEquals(session, browser.cookie("q_session"), "the session id survives the refreshes");
        assertEquals(csrf, JsonPath.from(browser.request("GET", "/api/v1/session", null).body()).getString("csrfToken"));
        assertEquals(200, browser.requestWithCsrf("POST", "/api/v1/participants", "{\"name\": \"x\"}", csrf).statusCode(),
                "the token the page has still counts");
    }

    @Test
    void parallelRequestsThatAllRefreshKeepTheSession() throws Exception {
        BrowserSession browser = BrowserSession.signIn(GATEWAY, "asker.coordinator");
        String session = browser.cookie("q_session");
        ExecutorService page = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int request = 0; request < 18; request++) {
                answers.add(page.submit(() -> browser.request("GET", "/api/v1/participants", null).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(200, answer.get(30, TimeUnit.SECONDS), "a request while others refresh the same session");
            }
        } finally {
            page.shutdownNow();
        }
        assertEquals(session, browser.cookie("q_session"));
        assertEquals(200, browser.request("GET", "/api/v1/session", null).statusCode(), "still signed in");
    }
}
