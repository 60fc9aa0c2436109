package dev.helhet.gateway;

import dev.helhet.testing.BrowserSession;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Browser sign-in with a server-side session, CSRF, the active municipality, sign-out, rate and size limits, headers. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(EchoUpstreamResource.class)
class GatewaySessionTest {

    private static final String GATEWAY = "http://localhost:28089";

    @Test
    void signsInWithTheCodeFlowAndKeepsTheTokensOnTheServer() {
        BrowserSession browser = BrowserSession.signIn(GATEWAY, "asker.coordinator");
        var session = browser.cookieDetails("q_session");
        assertNotNull(session, "the session cookie");
        assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly");
        assertTrue(session.getValue().length() < 400, "the cookie holds an opaque id, not the tokens");

        JsonPath me = JsonPath.from(browser.request("GET", "/api/v1/session", null).body());
        assertEquals("asker.coordinator", me.getString("username"));
        assertEquals(List.of("asker"), me.getList("municipalities"));
        assertEquals("asker", me.getString("activeMunicipality"));
        assertTrue(me.getList("roles").contains("coordinator"));
        assertEquals(browser.cookie("helhet_csrf"), me.getString("csrfToken"));

        HttpResponse<String> proxied = browser.request("GET", "/api/v1/participants", null);
        assertEquals(200, proxied.statusCode());
        JsonPath echo = JsonPath.from(proxied.body());
        assertTrue(echo.getBoolean("bearer"), "the gateway sends the session's access token upstream");
        assertEquals("null", echo.getString("cookie"), "browser cookies stay at the gateway");
    }

    @Test
    void refusesChangesWithoutTheCsrfToken() {
        BrowserSession browser = BrowserSession.signIn(GATEWAY, "asker.coordinator");
        browser.request("GET", "/api/v1/session", null);
        HttpResponse<String> forged = browser.requestWithoutCsrf("POST", "/api/v1/participants", "{\"name\": \"x\"}");
        assertEquals(403, forged.statusCode());
        assertEquals("urn:helhet:problem:csrf", JsonPath.from(forged.body()).getString("type"));
        assertEquals(200, browser.request("POST", "/api/v1/participants", "{\"name\": \"x\"}").statusCode());
        assertEquals(200, browser.requestWithoutCsrf("GET", "/api/v1/participants", null).statusCode(), "reads need no token");
    }

    @Test
    void aCsrfTokenIsValidOnlyForTheSessionItWasMadeFor() {
        BrowserSession amina = BrowserSession.signIn(GATEWAY, "asker.coordinator");
        BrowserSession other = BrowserSession.signIn(GATEWAY, "asker.professional");
        String othersToken = JsonPath.from(other.request("GET", "/api/v1/session", null).body()).getString("csrfToken");
        assertNotNull(othersToken);
        HttpResponse<String> borrowed = amina.requestWithCsrf("POST", "/api/v1/participants", "{\"name\": \"x\"}", othersToken);
        assertEquals(403, borrowed.statusCode(), "a token of another session");
        assertEquals("urn:helhet:problem:csrf", JsonPath.from(borrowed.body()).getString("type"));
        // A value an attacker planted in the cookie and echoes in the header is not the session's either.
        assertEquals(403, amina.requestWithCsrf("POST", "/api/v1/participants", "{\"name\": \"x\"}", "planted-value").statusCode());
        assertEquals(200, amina.request("POST", "/api/v1/participants", "{\"name\": \"x\"}").statusCode());
    }

    @Test
    void aStaleOrForgedSessionCookieStartsAFreshSignInInsteadOfFailing() throws Exception {
        HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String cookie : List.of("q_session=unknown-after-a-restart", "q_session=" + "A".repeat(43), "q_session=%00%zz", "q_session=")) {
            for (String path : List.of("/login", "/logout", "/login?returnTo=%2Fpeople")) {
                HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).header("Cookie", cookie).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(302, answer.statusCode(), path + " with " + cookie + ": " + answer.body());
                assertTrue(answer.headers().firstValue("Location").orElseThrow().contains("/protocol/openid-connect/auth"),
                        path + " goes to Keycloak's sign-in");
            }
            HttpResponse<String> api = plain.send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/session")).header("Cookie", cookie)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, api.statusCode(), "the API answers a stale session with 401 problem+json");
            assertEquals("urn:helhet:problem:unauthenticated", JsonPath.from(api.body()).getString("type"));
        }
    }

    @Test
    void afterSignInTheBrowserGoesBackToAPathOfThisSiteOnly() {
        BrowserSession browser = BrowserSession.signIn(GATEWAY, "asker.coordinator");
        for (String evil : List.of("%2F%09%2Fevil.example", "%2F%2Fevil.example", "%2F%5Cevil.example", "https%3A%2F%2Fevil.example",
                "%2F%0D%0ASet-Cookie%3A%20x%3Dy", "%2F%0Aevil", "%2F%00", "evil.example", "%2F%20%2Fevil.example", "%2F%E2%80%A8")) {
            HttpResponse<String> back = browser.get(GATEWAY + "/login?returnTo=" + evil);
            assertEquals(302, back.statusCode(), evil);
            assertEquals("/", back.headers().firstValue("Location").orElseThrow(), evil);
        }
        HttpResponse<String> local = browser.get(GATEWAY + "/login?returnTo=%2Fpeople%2F42%3Ftab%3Dteam");
        assertEquals("/people/42?tab=team", local.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anonymousRequestsAreRateLimitedToo() throws Exception {
        // From an address of its own (127.0.0.2), so the flood drains no other test's bucket.
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            statuses.add(statusFrom("127.0.0.2", "/api/v1/participants"));
        }
        assertTrue(statuses.contains(401), "the first anonymous requests are answered 401");
        assertTrue(statuses.contains(429), "a flood of anonymous requests is throttled: " + statuses);
        assertEquals(401, statusFrom("127.0.0.1", "/api/v1/participants"), "another address is not throttled by it");
    }

    /** The status of a plain HTTP/1.1 GET sent from the given loopback address. */
    private static int statusFrom(String localAddress, String path) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", URI.create(GATEWAY).getPort()), 5000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void anOverlongUriIsRefusedWithProblemJson() {
        given().auth().oauth2(Tokens.user("asker.coordinator")).queryParam("q", "x".repeat(9000)).when().get("/api/v1/participants")
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:uri-too-long"));
    }

    @Test
    void aUserOfSeveralMunicipalitiesChoosesTheActiveOne() {
        BrowserSession browser = BrowserSession.signIn(GATEWAY, "regional.coordinator");
        JsonPath me = JsonPath.from(browser.request("GET", "/api/v1/session", null).body());
        assertEquals(List.of("asker", "harstad"), me.getList("municipalities"));
        assertEquals(null, me.getString("activeMunicipality"));

        assertEquals(403, browser.request("PUT", "/api/v1/session/municipality", "{\"municipalityId\": \"bergen\"}").statusCode());
        assertEquals(200, browser.request("PUT", "/api/v1/session/municipality", "{\"municipalityId\": \"harstad\"}").statusCode());
        assertEquals("harstad", JsonPath.from(browser.request("GET", "/api/v1/participants", null).body()).getString("municipality"));
        assertEquals("harstad", JsonPath.from(browser.request("GET", "/api/v1/session", null).body()).getString("activeMunicipality"));
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo() {
        BrowserSession browser = BrowserSession.signIn(GATEWAY, "asker.professional");
        assertEquals(200, browser.request("GET", "/api/v1/session", null).statusCode());
        browser.signOut();
        assertEquals(401, browser.request("GET", "/api/v1/session", null).statusCode());
        HttpResponse<String> again = browser.get(GATEWAY + "/login");
        assertEquals(302, again.statusCode());
        HttpResponse<String> keycloak = browser.get(again.headers().firstValue("Location").orElseThrow());
        assertTrue(keycloak.body().contains("kc-form-login"), "Keycloak asks for the password again: its session ended");
    }

    @Test
    void limitsEachClientsRateWith429AndRetryAfter() {
        String token = Tokens.partner();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(16);
        List<CompletableFuture<io.restassured.response.Response>> burst = IntStream.range(0, 300)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> given().auth().oauth2(token).when().get("/api/v1/participants"), clients))
                .toList();
        List<io.restassured.response.Response> answers = burst.stream().map(CompletableFuture::join).toList();
        clients.shutdown();
        List<io.restassured.response.Response> refused = answers.stream().filter(answer -> answer.statusCode() == 429).toList();
        assertFalse(refused.isEmpty(), "a burst of 300 exceeds the test limit of 40 + 20/s");
        assertTrue(refused.size() < 300, "the first burst passes");
        assertNotNull(refused.getFirst().getHeader("Retry-After"));
        assertEquals("urn:helhet:problem:too-many-requests", refused.getFirst().jsonPath().getString("type"));
        given().auth().oauth2(Tokens.user("harstad.coordinator")).when().get("/api/v1/participants").then().statusCode(200);
    }

    @Test
    void refusesBodiesOverTheLimitAndWithoutALength() throws Exception {
        String token = Tokens.user("asker.coordinator");
        given().auth().oauth2(token).contentType("application/json").body("\"" + "x".repeat(1_100_000) + "\"")
                .when().post("/api/v1/participants")
                .then().statusCode(413).body("type", equalTo("urn:helhet:problem:payload-too-large"));
        for (HttpClient.Version version : HttpClient.Version.values()) {
        HttpResponse<String> chunked = HttpClient.newBuilder().version(version).build().send(HttpRequest.newBuilder(URI.create(GATEWAY + "/api/v1/participants"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(411, chunked.statusCode(), version.name());
        }
    }

    @Test
    void sendsSecurityHeadersEverywhere() {
        for (String path : List.of("/", "/api/v1/participants")) {
            given().when().get(path).then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Strict-Transport-Security", containsString("max-age="))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"));
        }
    }
}
