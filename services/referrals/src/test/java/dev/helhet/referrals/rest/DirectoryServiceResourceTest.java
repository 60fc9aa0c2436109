package dev.helhet.referrals.rest;

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

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The service directory through its API on real PostgreSQL, Kafka and Keycloak: registered by admins, searched by caseworkers. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "referrals"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class DirectoryServiceResourceTest {

    private static final String PATH = "/api/v1/referrals/services";

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    private static String entry(String organisation, String name, String served, String lifeAreas, String languages) {
        return """
                {"organisationId": "%s", "name": "%s", "description": "Ukentlig språkpraksis med en frivillig mentor",
                 "eligibility": "Voksne i introduksjonsprogrammet", "languages": [%s], "lifeAreas": [%s], "waitingDays": 14,
                 "phone": "+47 66 90 12 34", "email": "mentor@frivillig.example", "openingHours": "Man–fre 09–15",
                 "servedMunicipalityIds": [%s]}""".formatted(organisation, name, languages, lifeAreas, served);
    }

    @Test
    void anAdminRegistersAServiceAndCaseworkersFindItByWordsLifeAreaAndLanguage() {
        String volunteers = CareTopics.named("Frivilligsentralen Asker", "asker");
        String id = as("asker.admin").body(entry(volunteers, "Språkpraksis med mentor", "\"asker\"", "\"language\", \"network\"", "\"nb\", \"SO\""))
                .when().post(PATH).then().statusCode(201).header("Location", containsString(PATH + "/"))
                .body("provider", equalTo("Frivilligsentralen Asker")).body("languages", contains("nb", "so"))
                .body("lifeAreas", contains("language", "network")).body("keptBy", equalTo("asker")).extract().path("id");
        as("asker.coordinator").queryParam("q", "MENTOR").queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", hasItem(id));
        as("asker.professional").queryParam("lifeArea", "language").queryParam("language", "so").queryParam("size", 200).when().get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id));
        as("asker.coordinator").queryParam("lifeArea", "housing").queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        as("asker.coordinator").queryParam("language", "ti").queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        // A percent sign is a letter to search for, not a wildcard.
        as("asker.coordinator").queryParam("q", "%").queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", not(hasItem(id)));
        as("asker.coordinator").queryParam("lifeArea", "gardening").when().get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("lifeArea")).body("errors[0].code", equalTo("unknown-code"));
        as("asker.coordinator").when().get(PATH + "/" + id).then().statusCode(200).body("waitingDays", equalTo(14));
    }

    @Test
    void anInterMunicipalServiceIsFoundWhereverItServesAndKeptByWhoRegisteredIt() {
        String shared = CareTopics.named("Interkommunal tolketjeneste", "asker", "harstad");
        String id = as("asker.admin").body(entry(shared, "Tolk på telefon", "\"asker\", \"harstad\"", "\"health\"", "\"ar\""))
                .when().post(PATH).then().statusCode(201).extract().path("id");
        as("harstad.coordinator").queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", hasItem(id));
        as("harstad.coordinator").when().get(PATH + "/" + id).then().statusCode(200).body("keptBy", equalTo("asker"));
        String change = entry(shared, "Tolk på telefon og video", "\"asker\", \"harstad\"", "\"health\"", "\"ar\"");
        String withVersion = change.substring(0, change.lastIndexOf('}')) + ", \"version\": 0}";
        as("harstad.admin").body(withVersion).when().put(PATH + "/" + id).then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:service-not-owned"));
        as("asker.admin").body(withVersion).when().put(PATH + "/" + id).then().statusCode(200).body("version", equalTo(1))
                .body("name", equalTo("Tolk på telefon og video"));
        as("asker.admin").body(withVersion).when().put(PATH + "/" + id).then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:stale-version"));
        // Looking ahead of a move: a caseworker lists what another municipality offers.
        as("asker.coordinator").queryParam("municipality", "harstad").queryParam("size", 200).when().get(PATH).then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void theProviderMustBeARegistryOrganisationServingEveryMunicipalityNamed() {
        String askerOnly = CareTopics.named("NAV Asker (katalog)", "asker");
        as("asker.admin").body(entry(askerOnly, "Arbeidstrening", "\"asker\", \"harstad\"", "\"work\"", "\"nb\"")).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("servedMunicipalityIds[1]"))
                .body("errors[0].code", equalTo("not-in-municipality"));
        as("asker.admin").body(entry(askerOnly, "Arbeidstrening", "\"harstad\"", "\"work\"", "\"nb\"")).when().post(PATH)
                .then().statusCode(400).body("errors[0].field", equalTo("servedMunicipalityIds"));
        as("asker.admin").body(entry(java.util.UUID.randomUUID().toString(), "Arbeidstrening", "\"asker\"", "\"work\"", "\"nb\"")).when().post(PATH)
                .then().statusCode(400).body("errors[0].code", equalTo("unknown-organisation"));
        as("asker.admin").body(entry(askerOnly, "Arbeidstrening", "\"asker\"", "\"gardening\"", "\"nb\"")).when().post(PATH)
                .then().statusCode(400);
        as("asker.coordinator").body(entry(askerOnly, "Arbeidstrening", "\"asker\"", "\"work\"", "\"nb\"")).when().post(PATH)
                .then().statusCode(403);
        as("asker.coordinator").queryParam("q", "Arbeidstrening").queryParam("size", 200).when().get(PATH).then().statusCode(200)
                .body("items.provider", not(hasItem("NAV Asker (katalog)")));
    }

    @Test
    void listsOnlyTheCallersMunicipality() {
        ServiceBasics.assertListIsScopedToTheCallersMunicipality(PATH, "referrals",
                "insert into directory_service (id, municipality_id, name, provider, created_at, served_municipality_ids)"
                        + " values ('%1$s', '%2$s', 'Language mentor', 'Volunteer centre', now(), array['%2$s'])");
    }

    @Test
    void guardsTheApiAndServesOperationsEndpoints() {
        ServiceBasics.assertGuarded(PATH);
        // Staff who work between services; not the person, an analyst (aggregates only) or a partner system.
        ServiceBasics.assertRefusedTo(PATH, "amina.hassan", "asker.analyst");
        ServiceBasics.assertOperational("Helhet referrals API");
    }
}
