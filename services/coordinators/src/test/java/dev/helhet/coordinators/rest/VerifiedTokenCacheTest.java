package dev.helhet.coordinators.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static dev.helhet.coordinators.support.Registry.ORGANISATIONS;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * A token this service has verified is answered from its cache of verified tokens (docs/adr/0031): a token
 * that differs from it in any byte, signature or claims, is verified afresh and refused.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "coordinators"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class VerifiedTokenCacheTest {

    private static final String UNAUTHENTICATED = "urn:helhet:problem:unauthenticated";

    @Test
    void aCachedTokenHelpsNoTokenThatDiffersFromIt() {
        String token = Tokens.user("asker.coordinator");
        read(token).statusCode(200);
        read(token).statusCode(200);

        String[] parts = token.split("\\.");
        read(parts[0] + "." + parts[1] + "." + changed(parts[2])).statusCode(401).body("type", equalTo(UNAUTHENTICATED));
        read(parts[0] + "." + changed(parts[1]) + "." + parts[2]).statusCode(401).body("type", equalTo(UNAUTHENTICATED));
        read(token + "x").statusCode(401).body("type", equalTo(UNAUTHENTICATED));
        read(token).statusCode(200);
    }

    @Test
    void eachCachedTokenKeepsItsOwnCaller() {
        // Two users one after the other: the second must not be served the first one's identity.
        read(Tokens.user("asker.coordinator")).statusCode(200);
        read(Tokens.user("amina.hassan")).statusCode(403);
        read(Tokens.user("asker.coordinator")).statusCode(200);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() throws InterruptedException {
        // The short-lived client's tokens live one second: use one while it is valid (so it is remembered)...
        String token = null;
        for (int attempt = 0; attempt < 5 && token == null; attempt++) {
            String fresh = Tokens.uncached("helhet", "grant_type", "password", "client_id", "helhet-cli-short-lived",
                    "username", "asker.coordinator", "password", Tokens.DEMO_PASSWORD, "scope", "openid organization");
            // A token issued late in a second may expire before it arrives; take the next one then.
            if (read(fresh).extract().statusCode() == 200) {
                token = fresh;
            }
        }
        if (token == null) {
            throw new AssertionError("no short-lived token was still valid when it reached the service in five tries");
        }
        // ...then past its exp, when the remembered identity must not answer for it.
        long expiresAt = Tokens.claims(token).get("exp").asLong();
        Thread.sleep(Math.max(0, expiresAt * 1000 - System.currentTimeMillis()) + 2500);
        read(token).statusCode(401).body("type", equalTo(UNAUTHENTICATED));
    }

    private static ValidatableResponse read(String token) {
        return given().auth().oauth2(token).when().get(ORGANISATIONS).then();
    }

    /** The segment with one character in its middle replaced (not the last: its low bits may be padding). */
    private static String changed(String segment) {
        int middle = segment.length() / 2;
        char replacement = segment.charAt(middle) == 'A' ? 'B' : 'A';
        return segment.substring(0, middle) + replacement + segment.substring(middle + 1);
    }
}
