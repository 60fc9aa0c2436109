package dev.helhet.participants.rest;

import dev.helhet.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Short ways to call the participants API as the demo users in tests. */
final class Api {

    static final String PARTICIPANTS = "/api/v1/participants";

    private Api() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    static RequestSpecification asker() {
        return as("asker.coordinator");
    }

    static RequestSpecification harstad() {
        return as("harstad.coordinator");
    }

    /**
     * Registers a person in Asker as the coordinator (with the given identity number, if any) and answers their id.
     * The coordinator is known as a professional of the refugee service first: recording consent needs that.
     */
    static String register(String name, String norwegianNumber) {
        CareEvents.coordinatorKnown();
        String nationalId = norwegianNumber == null ? "" : ", \"nationalId\": {\"country\": \"NO\", \"number\": \"" + norwegianNumber + "\"}";
        return asker().body("{\"name\": \"" + name + "\"" + nationalId + "}")
                .when().post(PARTICIPANTS)
                .then().statusCode(201)
                .extract().path("id");
    }

    static String register(String name) {
        return register(name, null);
    }
}
