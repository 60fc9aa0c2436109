package dev.helhet.testing;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Set-up steps through the public API that end-to-end tests and benchmarks share, as the demo users. */
public final class PublicApi {

    private PublicApi() {
    }

    /** A JSON request with a demo user's real token. */
    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    /** Registers an organisation of the admin's municipality at {@code api} (the public API's base URL); answers its id. */
    public static String organisation(String api, String admin, String name, String type) {
        return as(admin).body("{\"name\": \"%s\", \"type\": \"%s\"}".formatted(name, type))
                .when().post(api + "/coordinators/organisations").then().statusCode(201).extract().path("id");
    }

    /**
     * Makes a demo user a professional of one organisation, registering them or, when an earlier run (or a benchmark's
     * seed) already did, moving the existing registration; answers the professional id.
     */
    public static String professional(String api, String admin, String username, String organisation) {
        var answer = as(admin).body("{\"subject\": \"%s\", \"name\": \"%s\", \"profession\": \"rådgiver\", \"organisationIds\": [\"%s\"]}"
                        .formatted(Tokens.subject(username), username, organisation))
                .when().post(api + "/coordinators/professionals").then().extract();
        if (answer.statusCode() == 409) {
            String existing = answer.path("existingProfessionalId");
            var current = as(admin).when().get(api + "/coordinators/professionals/" + existing).then().statusCode(200).extract();
            as(admin).body("{\"subject\": \"%s\", \"name\": \"%s\", \"profession\": \"rådgiver\", \"organisationIds\": [\"%s\"], \"version\": %d}"
                            .formatted(Tokens.subject(username), username, organisation, current.<Integer>path("version")))
                    .when().put(api + "/coordinators/professionals/" + existing).then().statusCode(200);
            return existing;
        }
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("Could not register " + username + ": " + answer.statusCode() + " " + answer.asString());
        }
        return answer.path("id");
    }
}
