package dev.helhet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helhet.e2e.matrix.AuthorizationMatrix;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the aggregated public API × every role × own or other municipality × on or off
 * the team × with or without consent, with real Keycloak tokens through the real gateway. The
 * operations come from {@code /api/v1/openapi}, so a new endpoint is in the matrix the day it exists.
 */
@ExtendWith(Platform.class)
class AuthorizationMatrixIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOperationAnswersEveryCallerAsNeedToKnowSays() throws Exception {
        JsonNode document = JSON.readTree(RestAssured.given().when().get(GatewayApi.api() + "/openapi")
                .then().statusCode(200).extract().asString());
        assertTrue(document.path("info").path("x-incomplete").isMissingNode(), "a service's OpenAPI is missing from the aggregate");

        AuthorizationMatrix.Result result = AuthorizationMatrix.run(document);
        System.out.printf("[e2e] authorization matrix: %d operations, %d operation × case combinations checked"
                        + " (%d denied by role, %d refused by need-to-know, %d anonymous, %d through), %d refused at validation first%n",
                result.operations(), result.cases(), result.forbidden(), result.hidden(), result.anonymous(), result.through(),
                result.refusedAtValidation());
        assertEquals(List.of(), result.failures(), () -> String.join("\n", result.failures()));
        assertTrue(result.operations() >= 40, "the aggregate lists only " + result.operations() + " operations");
        assertTrue(result.hidden() > 100, "need-to-know was exercised only " + result.hidden() + " times");
    }
}
