package dev.helhet.coordinators.support;

import dev.helhet.testing.Tokens;
import io.restassured.http.ContentType;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * The demo registry of Asker, made once per test run through the admin API: three organisations and
 * the demo users as professionals. Tests that need more make their own.
 */
public final class Registry {

    public static final String ORGANISATIONS = "/api/v1/coordinators/organisations";
    public static final String PROFESSIONALS = "/api/v1/coordinators/professionals";

    private static Registry instance;

    public final String refugeeService;
    public final String nav;
    public final String health;
    public final String coordinator;
    public final String professional;
    public final String teamLead;
    /** A user of both municipalities, registered by Asker. */
    public final String regional;

    private Registry() {
        refugeeService = organisation("Flyktningtjenesten Asker", "refugee-service");
        nav = organisation("NAV Asker", "nav-office");
        health = organisation("Asker helsestasjon for ungdom", "health-service");
        coordinator = professional("asker.coordinator", "Aisha Koordinator", "programrådgiver", refugeeService);
        professional = professional("asker.professional", "Per Veileder", "veileder", nav);
        teamLead = professional("asker.teamlead", "Tone Teamleder", "teamleder", refugeeService);
        regional = professional("regional.coordinator", "Rune Regional", "rådgiver", refugeeService);
    }

    /** The registry, made on first use (RestAssured knows the port only once a test runs). */
    public static synchronized Registry asker() {
        if (instance == null) {
            instance = new Registry();
        }
        return instance;
    }

    public static String organisation(String name, String type) {
        return admin().body("{\"name\": \"%s\", \"type\": \"%s\"}".formatted(name, type))
                .when().post(ORGANISATIONS).then().statusCode(201).extract().path("id");
    }

    public static String professional(String username, String name, String profession, String organisationId) {
        return admin().body("{\"subject\": \"%s\", \"name\": \"%s\", \"profession\": \"%s\", \"organisationIds\": [\"%s\"]}"
                        .formatted(Tokens.subject(username), name, profession, organisationId))
                .when().post(PROFESSIONALS).then().statusCode(201).extract().path("id");
    }

    public static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    public static io.restassured.specification.RequestSpecification admin() {
        return as("asker.admin");
    }

    public static UUID newId() {
        return UUID.randomUUID();
    }
}
