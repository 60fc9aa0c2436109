package dev.helhet.coordinators.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** A dependency out of reach is a 503 problem that says when to ask again, as the public API document promises. */
@QuarkusTest
@TestProfile(ParticipantsUnreachableTest.NoParticipants.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "coordinators"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ParticipantsUnreachableTest {

    /** The participants service on a port nothing listens on (1): refused at once. */
    public static class NoParticipants implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.participants.url", "http://localhost:1");
        }
    }

    @Test
    void thePersonsOwnTeamAnswers503WithRetryAfterWhileParticipantsIsAway() {
        given().auth().oauth2(Tokens.user("amina.hassan", "openid")).when().get("/api/v1/coordinators/me/team")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("urn:helhet:problem:unavailable"));
    }
}
