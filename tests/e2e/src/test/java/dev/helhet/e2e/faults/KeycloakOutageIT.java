package dev.helhet.e2e.faults;

import dev.helhet.e2e.Platform;
import dev.helhet.local.KeycloakServer;
import dev.helhet.testing.BrowserSession;
import io.restassured.response.Response;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keycloak stopped: tokens issued before keep working (the services verify them with the signing keys they already
 * hold, also a token none of them has seen), a browser signed in before keeps its session, and what needs Keycloak now
 * fails cleanly: a token signed with a key nobody knows is refused with 401, and a new sign-in is sent on to Keycloak
 * rather than failing inside the gateway. Runs after the other end-to-end classes: it takes the identity provider away
 * from everything.
 */
@ExtendWith(Platform.class)
@Order(Integer.MAX_VALUE - 10)
class KeycloakOutageIT {

    private static final String PEOPLE = "/api/v1/participants?size=1";

    @Test
    void whatWasIssuedKeepsWorkingAndWhatNeedsKeycloakFailsCleanly() {
        String gateway = Platform.gatewayUrl();
        String used = FaultRun.freshToken();
        String unseen = FaultRun.freshToken();
        BrowserSession browser = BrowserSession.signIn(gateway, "asker.coordinator");
        read(gateway, used).then().statusCode(200);

        KeycloakServer.stopRunning(Platform.profile());
        try {
            Response withUsedToken = read(gateway, used);
            Response withUnseenToken = read(gateway, unseen);
            HttpResponse<String> inBrowser = browser.request("GET", PEOPLE, null);
            Response withUnknownKey = read(gateway, withUnknownKey(unseen));
            Response newSignIn = given().redirects().follow(false).when().get(gateway + "/login?returnTo=%2F");
            System.out.printf("[faults] Keycloak stopped: earlier token %d, unseen token %d, browser session %d, unknown key %d,"
                            + " new sign-in %d%n", withUsedToken.statusCode(), withUnseenToken.statusCode(), inBrowser.statusCode(),
                    withUnknownKey.statusCode(), newSignIn.statusCode());
            assertAll(
                    () -> assertEquals(200, withUsedToken.statusCode(), "a token used before the outage"),
                    () -> assertEquals(200, withUnseenToken.statusCode(), "a token issued before the outage, first used during it"),
                    () -> assertEquals(200, inBrowser.statusCode(), "a browser session from before the outage"),
                    () -> assertEquals(401, withUnknownKey.statusCode(), "a token signed with a key the platform does not know"),
                    () -> assertEquals("application/problem+json", withUnknownKey.contentType().split(";")[0]),
                    () -> assertTrue(newSignIn.statusCode() == 302 && newSignIn.header("Location").startsWith(Platform.profile().keycloakUrl()),
                            "a new sign-in goes on to Keycloak: " + newSignIn.statusCode() + " " + newSignIn.header("Location")));
        } finally {
            KeycloakServer.startAgain(Platform.profile());
        }
        read(gateway, FaultRun.freshToken()).then().statusCode(200);
    }

    /** A read every coordinator may make, whether or not the registry knows them as a professional yet. */
    private static Response read(String gateway, String token) {
        return given().auth().oauth2(token).when().get(gateway + PEOPLE);
    }

    /** The same claims under a header naming a signing key Keycloak never had; the signature is the original's. */
    private static String withUnknownKey(String token) {
        String[] parts = token.split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"not-a-key-of-this-realm\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + "." + parts[2];
    }
}
