package dev.helhet.gateway;

import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway refuses anonymous API calls and forwards the rest unchanged, with the caller's token. */
@QuarkusTest
@WithTestResource(KeycloakTestResource.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "gateway"))
@WithTestResource(EchoUpstreamResource.class)
class ApiRoutesTest {

    @Test
    void refusesAnonymousAndInvalidCallersWithProblemDetails() {
        given().when().get("/api/v1/participants")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:helhet:problem:unauthenticated"))
                .body("requestId", notNullValue());

        given().auth().oauth2("not.a.token").when().post("/api/v1/participants")
                .then().statusCode(401)
                .body("type", equalTo("urn:helhet:problem:unauthenticated"));
    }

    @Test
    void aServiceThatCannotBeReachedIsAProblemWithRetryAfter() {
        given().auth().oauth2(Tokens.user("asker.coordinator")).header("X-Request-Id", "down-service-1234")
                .when().get("/api/v1/referrals/referrals")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:helhet:problem:unavailable"))
                .body("detail", containsString("not carried out"))
                .body("requestId", equalTo("down-service-1234"));
    }

    @Test
    void aServiceThatHangsUpIsAProblemWhoseOutcomeIsUnknown() {
        given().auth().oauth2(Tokens.user("asker.coordinator"))
                .contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/participants/hang-up")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:bad-gateway"))
                .body("detail", containsString("check whether it was saved before repeating it"));
    }

    @Test
    void forwardsPathBodyTokenAndRequestId() {
        String body = "{\"name\": \"Åse Ødegård\", \"notes\": \"" + "x".repeat(20_000) + "\"}";
        given().auth().oauth2(Tokens.user("asker.coordinator"))
                .header("X-Request-Id", "caller-chosen-id-123")
                .header("X-Forwarded-Host", "evil.example")
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/participants/abc?page=2")
                .then().statusCode(200)
                .header("X-Request-Id", "caller-chosen-id-123")
                .body("method", equalTo("POST"))
                .body("path", equalTo("/api/v1/participants/abc?page=2"))
                .body("bearer", equalTo(true))
                .body("requestId", equalTo("caller-chosen-id-123"))
                .body("forwardedHost", equalTo("null"))
                .body("body.name", equalTo("Åse Ødegård"))
                .body("body.notes.length()", equalTo(20_000));

        given().auth().oauth2(Tokens.partner())
                .header("X-Request-Id", "bad id with spaces")
                .when().get("/api/v1/participants")
                .then().statusCode(200)
                .body("path", equalTo("/api/v1/participants"))
                .body("requestId", org.hamcrest.Matchers.not(equalTo("bad id with spaces")));
    }

    @Test
    void letsAnyoneReadOpenDataButNothingElseAndForwardsNoCredentials() {
        given().header("Cookie", "helhet_session=stale").header("X-Helhet-Municipality", "asker")
                .when().get("/api/v1/statistics/open/programme-outcomes.csv")
                .then().statusCode(200)
                .body("path", equalTo("/api/v1/statistics/open/programme-outcomes.csv"))
                .body("bearer", equalTo(false))
                .body("cookie", equalTo("null"))
                .body("municipality", equalTo("null"));
        given().auth().oauth2("not.a.token").when().get("/api/v1/statistics/open/codes")
                .then().statusCode(200)
                .body("bearer", equalTo(false));

        // Only reading, and only below the open prefix.
        given().when().post("/api/v1/statistics/open/programme-outcomes.csv").then().statusCode(401);
        given().when().get("/api/v1/statistics/indicators/programme-outcomes").then().statusCode(401);
        given().when().get("/api/v1/statistics/opener").then().statusCode(401);
        given().urlEncodingEnabled(false).when().get("/api/v1/statistics/open/%2e%2e/indicators/goals").then().statusCode(401);
        given().when().get("/api/v1/statistics/open/programme-outcomes.csv/../../indicators/goals").then().statusCode(401);
    }

    @Test
    void everyAnswerTellsTheClientWhatIsLeftOfItsRateLimit() {
        String remaining = "\"default\";r=([0-9]+);t=([0-9]+)";
        String left = given().auth().oauth2(Tokens.user("asker.analyst")).when().get("/api/v1/participants")
                .then().statusCode(200)
                .header("RateLimit-Policy", "\"default\";q=40;w=2")
                .header("RateLimit", matchesPattern(remaining))
                .extract().header("RateLimit");
        // A new client's full bucket of 40, less this request.
        assertTrue(Integer.parseInt(left.replaceAll(remaining, "$1")) <= 39, left);

        given().when().get("/api/v1/participants").then().statusCode(401).header("RateLimit", matchesPattern(remaining));
        // Refused before the caller is known: counted, and told, by address.
        given().auth().oauth2(Tokens.user("asker.analyst")).contentType(ContentType.JSON).body("\"" + "x".repeat(1_100_000) + "\"")
                .when().post("/api/v1/participants")
                .then().statusCode(413).header("RateLimit", matchesPattern(remaining));
        given().auth().oauth2(Tokens.user("asker.analyst")).queryParam("q", "x".repeat(9000)).when().get("/api/v1/participants")
                .then().statusCode(414).header("RateLimit", matchesPattern(remaining));
    }

    @Test
    void letsOnlyTheConfiguredBrowserOriginCallAcrossOrigins() {
        given().header("Origin", "https://portal.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, x-helhet-municipality")
                .when().options("/api/v1/participants")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://portal.example.org")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("X-Helhet-Municipality"))
                .header("Access-Control-Allow-Credentials", nullValue());
        given().auth().oauth2(Tokens.partner()).header("Origin", "https://portal.example.org")
                .when().get("/api/v1/participants")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://portal.example.org")
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit")).header("Access-Control-Expose-Headers", containsString("Idempotent-Replayed"));

        given().auth().oauth2(Tokens.partner()).header("Origin", "https://evil.example")
                .when().get("/api/v1/participants")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Vary", containsString("Origin"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/participants")
                .then().statusCode(401)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void announcesADeprecatedOperationOnEveryAnswerAndNoOtherOne() {
        given().auth().oauth2(Tokens.partner()).when().get("/api/v1/participants/legacy-search")
                .then().statusCode(200)
                .header("Deprecation", "@1780272000")
                .header("Sunset", "Tue, 01 Jun 2027 00:00:00 GMT")
                .header("Link", "</api/v1/participants>; rel=\"successor-version\"");
        given().auth().oauth2(Tokens.partner()).when().get("/api/v1/participants")
                .then().statusCode(200)
                .header("Deprecation", nullValue())
                .header("Sunset", nullValue());
        // Past its sunset it is gone: answered here, never forwarded (the echo service would answer 200).
        given().auth().oauth2(Tokens.partner()).when().get("/api/v1/participants/retired-export")
                .then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:gone"))
                .header("Sunset", "Thu, 01 Jan 2026 00:00:00 GMT");
    }

    @Test
    void servesTheEventsAsyncApiDocumentWithoutAToken() {
        given().when().get("/api/v1/asyncapi")
                .then().statusCode(200)
                .contentType("application/json")
                .body("asyncapi", equalTo("3.0.0"))
                .body("channels.participantsConsentV1.address", equalTo("participants.consent.v1"))
                .body("components.messages.ConsentRevoked.examples[0].payload.eventType", equalTo("ConsentRevoked"));
    }

    @Test
    void answersUnknownApisWith404() {
        String token = Tokens.user("asker.coordinator");
        given().auth().oauth2(token).when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:not-found"));
        given().auth().oauth2(token).when().get("/api/v1/participantsextra")
                .then().statusCode(404);
    }

    @Test
    void servesHealthWithoutAToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void countsRefusedCredentialsButNotAnonymousCallers() {
        double bearer = authenticationFailures("bearer");
        double session = authenticationFailures("session");
        given().when().get("/api/v1/participants").then().statusCode(401);
        given().auth().oauth2("not.a.token").when().get("/api/v1/participants").then().statusCode(401);
        given().cookie("q_session", "A".repeat(43)).when().get("/api/v1/participants").then().statusCode(401);
        assertEquals(bearer + 1, authenticationFailures("bearer"), "the token that did not verify");
        assertEquals(session + 1, authenticationFailures("session"), "the session that does not exist");
    }

    private static double authenticationFailures(String credential) {
        return given().when().get("/q/metrics").asString().lines()
                .filter(line -> line.startsWith("helhet_gateway_authentication_failures_total{") && line.contains("credential=\"" + credential + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void keepsHealthAndMetricsFromCallersThatCameThroughTheIngress() {
        given().when().get("/q/metrics").then().statusCode(200);
        for (String path : new String[]{"/q/metrics", "/q/health/ready", "/q//metrics", "/api/../q/metrics"}) {
            given().urlEncodingEnabled(false).header("X-Forwarded-For", "203.0.113.7").when().get(path)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:helhet:problem:not-found"));
        }
        given().header("Forwarded", "for=203.0.113.7;proto=https").when().get("/q/metrics").then().statusCode(404);
    }
}
