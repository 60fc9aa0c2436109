package dev.helhet.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.helhet.testing.Tokens;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Tokens that must not open anything, sent with real Keycloak tokens both through the gateway and
 * straight at a service (which must not rely on the gateway): expired, for another audience, from
 * another issuer, unsigned ({@code alg:none}), with a payload or signature changed, and garbage.
 * A valid token on the same request is the control that shows the request itself is fine.
 */
@ExtendWith(Platform.class)
class TokenRefusalIT {

    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    @BeforeAll
    static void signIn() throws InterruptedException {
        String valid = Tokens.user("asker.coordinator");
        TOKENS.put("valid", valid);
        String shortLived = Tokens.uncached("helhet", "grant_type", "password", "client_id", "helhet-cli-short-lived",
                "username", "asker.coordinator", "password", Tokens.DEMO_PASSWORD, "scope", "openid organization");
        TOKENS.put("wrong audience", Tokens.uncached("helhet", "grant_type", "password", "client_id", "admin-cli",
                "username", "asker.coordinator", "password", Tokens.DEMO_PASSWORD, "scope", "openid organization"));
        TOKENS.put("wrong issuer", Tokens.uncached("master", "grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
        TOKENS.put("alg none", unsigned(valid));
        TOKENS.put("tampered payload", withPayload(valid, payload -> payload.putArray("realm_access").addObject()
                .putArray("roles").add("team-lead").add("municipality-admin")));
        TOKENS.put("tampered signature", valid.substring(0, valid.length() - 6) + flip(valid.substring(valid.length() - 6)));
        TOKENS.put("garbage", "not.a.token");
        // The short-lived client's tokens live one second; past it (and any clock-skew allowance) it must fail.
        long expiresAt = Tokens.claims(shortLived).get("exp").asLong();
        Thread.sleep(Math.max(0, expiresAt * 1000 - System.currentTimeMillis()) + 2500);
        TOKENS.put("expired", shortLived);
    }

    static Stream<Arguments> requests() {
        return Stream.of("gateway", "participants service").flatMap(where -> Stream.of("valid", "expired", "wrong audience",
                "wrong issuer", "alg none", "tampered payload", "tampered signature", "garbage").map(token -> Arguments.of(where, token)));
    }

    @ParameterizedTest(name = "{1} token at the {0}")
    @MethodSource("requests")
    void onlyAValidTokenOpensTheApi(String where, String token) {
        String base = where.equals("gateway") ? Platform.gatewayUrl() : Platform.serviceUrl("participants");
        Response answer = given().header("Authorization", "Bearer " + TOKENS.get(token))
                .when().get(base + "/api/v1/participants?size=1");
        assertEquals(token.equals("valid") ? 200 : 401, answer.statusCode(), () -> token + ": " + answer.asString());
        assertFalse(answer.asString().contains("Exception"), "no stack trace in the answer");
    }

    /** The same claims under a header that says the token is not signed at all. */
    private static String unsigned(String token) {
        String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The token with its payload changed and the original signature kept. */
    private static String withPayload(String token, java.util.function.Consumer<ObjectNode> change) {
        String[] parts = token.split("\\.");
        ObjectNode payload = (ObjectNode) Tokens.claims(token);
        payload.remove("realm_access");
        change.accept(payload);
        return parts[0] + "." + encode(payload.toString()) + "." + parts[2];
    }

    private static String flip(String tail) {
        StringBuilder flipped = new StringBuilder();
        for (char c : tail.toCharArray()) {
            flipped.append(c == 'A' ? 'B' : 'A');
        }
        return flipped.toString();
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
