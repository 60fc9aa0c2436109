package dev.helhet.agreements.rest;

import dev.helhet.testing.CareTopics;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Collaboration agreements through their API on real PostgreSQL, Kafka and Keycloak: kept by admins, read in the municipality. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "agreements"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class CollaborationAgreementResourceTest {

    private static final String PATH = "/api/v1/agreements/collaboration-agreements";

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    private static String agreement(String title, String first, String second, LocalDate reviewDate) {
        return """
                {"title": "%s", "purpose": "Trygg overgang til arbeid",
                 "parties": [{"organisationId": "%s"}, {"organisationId": "%s"}],
                 "routines": ["NAV deltar i overgangsmøtet seks måneder før programmet slutter", "  Felles kartlegging  "],
                 "validFrom": "2026-01-01", "validTo": "2028-12-31", "reviewDate": "%s"}""".formatted(title, first, second, reviewDate);
    }

    @Test
    void theAdminRecordsAnAgreementEveryoneInTheMunicipalityReadsIt() {
        String refugeeService = CareTopics.organisation("asker");
        String nav = CareTopics.organisation("asker", "baerum");
        String id = as("asker.admin").body(agreement("Introduksjonsprogrammet: NAV og flyktningtjenesten", refugeeService, nav,
                        LocalDate.now().plusMonths(6)))
                .when().post(PATH).then().statusCode(201).header("Location", containsString(PATH + "/"))
                .body("parties.organisationId", contains(refugeeService, nav))
                .body("routines", contains("NAV deltar i overgangsmøtet seks måneder før programmet slutter", "Felles kartlegging"))
                .body("inForce", equalTo(true)).body("reviewDue", equalTo(false)).body("version", equalTo(0))
                .extract().path("id");
        for (String reader : new String[] {"asker.coordinator", "asker.professional", "asker.teamlead", "asker.admin"}) {
            as(reader).queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", hasItem(id));
        }
        as("asker.coordinator").when().get(PATH + "/" + id).then().statusCode(200).body("purpose", equalTo("Trygg overgang til arbeid"));
        as("harstad.coordinator").queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        as("harstad.coordinator").when().get(PATH + "/" + id).then().statusCode(404);
        as("asker.coordinator").body(agreement("Egen avtale", refugeeService, nav, LocalDate.now())).when().post(PATH).then().statusCode(403);
    }

    @Test
    void aPassedReviewDateShowsUntilTheAgreementIsRevised() {
        String school = CareTopics.organisation("asker");
        String childWelfare = CareTopics.organisation("asker");
        String id = as("asker.admin").body(agreement("Skole og barnevern", school, childWelfare, LocalDate.now().minusDays(1)))
                .when().post(PATH).then().statusCode(201).body("reviewDue", equalTo(true)).extract().path("id");
        as("asker.admin").queryParam("reviewDue", true).queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", hasItem(id));

        String revised = agreement("Skole og barnevern", school, childWelfare, LocalDate.now().plusYears(1));
        String withVersion = revised.substring(0, revised.lastIndexOf('}')) + ", \"version\": %d}";
        as("asker.admin").body(withVersion.formatted(0)).when().put(PATH + "/" + id).then().statusCode(200)
                .body("reviewDue", equalTo(false)).body("version", equalTo(1));
        as("asker.admin").body(withVersion.formatted(0)).when().put(PATH + "/" + id).then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:stale-version"));
        as("asker.admin").body(revised).when().put(PATH + "/" + id).then().statusCode(400).body("errors[0].field", equalTo("version"));
        as("asker.admin").queryParam("reviewDue", true).queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
    }

    @Test
    void thePartiesAreOrganisationsServingTheMunicipalityEachOnce() {
        String asker = CareTopics.organisation("asker");
        String harstad = CareTopics.organisation("harstad");
        as("asker.admin").body(agreement("Feil kommune", asker, harstad, LocalDate.now())).when().post(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("parties[1].organisationId")).body("errors[0].code", equalTo("not-in-municipality"));
        as("asker.admin").body(agreement("To ganger", asker, asker, LocalDate.now())).when().post(PATH).then().statusCode(400)
                .body("errors[0].code", equalTo("duplicate"));
        as("asker.admin").body(agreement("Baklengs", asker, CareTopics.organisation("asker"), LocalDate.now())
                        .replace("\"validTo\": \"2028-12-31\"", "\"validTo\": \"2025-12-31\""))
                .when().post(PATH).then().statusCode(400).body("errors[0].field", equalTo("validTo"));
        as("asker.admin").body("{\"title\": \"Alene\", \"parties\": [{\"organisationId\": \"%s\"}], \"validFrom\": \"2026-01-01\"}".formatted(asker))
                .when().post(PATH).then().statusCode(400);
        as("asker.admin").queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.title", not(hasItem("Feil kommune")));
    }

    @Test
    void guardsTheApiAndServesOperationsEndpoints() {
        ServiceBasics.assertGuarded(PATH);
        // Staff who work between services; not the person, an analyst (aggregates only) or a partner system.
        ServiceBasics.assertRefusedTo(PATH, "amina.hassan", "asker.analyst");
        ServiceBasics.assertOperational("Helhet agreements API");
    }
}
