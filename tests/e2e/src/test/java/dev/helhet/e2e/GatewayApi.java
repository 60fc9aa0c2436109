package dev.helhet.e2e;

import dev.helhet.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests to the public API through the real gateway, as a demo user, and the set-up steps several tests share. */
public final class GatewayApi {

    private GatewayApi() {
    }

    /** The public API's base URL on the gateway. */
    public static String api() {
        return Platform.gatewayUrl() + "/api/v1";
    }

    /** A JSON request with a demo user's real token. */
    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    /** A JSON request with the demo partner's client-credentials token. */
    public static RequestSpecification partner() {
        return given().auth().oauth2(Tokens.partner()).contentType(ContentType.JSON);
    }

    /** Registers an organisation of the admin's municipality; answers its id. */
    public static String organisation(String admin, String name, String type) {
        return as(admin).body("{\"name\": \"%s\", \"type\": \"%s\"}".formatted(name, type))
                .when().post(api() + "/coordinators/organisations").then().statusCode(201).extract().path("id");
    }

    /**
     * Makes a demo user a professional of one organisation, registering them or, when an earlier run
     * already did, moving the existing registration; answers the professional id.
     */
    public static String professional(String admin, String username, String organisation) {
        var answer = as(admin).body("{\"subject\": \"%s\", \"name\": \"%s\", \"profession\": \"rådgiver\", \"organisationIds\": [\"%s\"]}"
                        .formatted(Tokens.subject(username), username, organisation))
                .when().post(api() + "/coordinators/professionals").then().extract();
        if (answer.statusCode() == 409) {
            String existing = answer.path("existingProfessionalId");
            var current = as(admin).when().get(api() + "/coordinators/professionals/" + existing).then().statusCode(200).extract();
            as(admin).body("{\"subject\": \"%s\", \"name\": \"%s\", \"profession\": \"rådgiver\", \"organisationIds\": [\"%s\"], \"version\": %d}"
                            .formatted(Tokens.subject(username), username, organisation, current.<Integer>path("version")))
                    .when().put(api() + "/coordinators/professionals/" + existing).then().statusCode(200);
            return existing;
        }
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("Could not register " + username + ": " + answer.statusCode() + " " + answer.asString());
        }
        return answer.path("id");
    }

    /** Amina's record in Asker (the demo realm's amina.hassan), registered now or by an earlier test or run; answers its id. */
    public static String amina() {
        String body = "{\"name\": \"Amina Hassan\", \"nationalId\": {\"country\": \"NO\", \"number\": \"15039410017\"}}";
        var registered = as("asker.coordinator").body(body).when().post(api() + "/participants").then().extract();
        if (registered.statusCode() == 201) {
            return registered.path("id");
        }
        return as("asker.teamlead").body(body).when().post(api() + "/participants").then().statusCode(409).extract().path("existingParticipantId");
    }
}
