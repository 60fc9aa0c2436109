package dev.helhet.coordinators.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.coordinators.support.Registry;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.TestStack;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static dev.helhet.coordinators.support.Registry.ORGANISATIONS;
import static dev.helhet.coordinators.support.Registry.PROFESSIONALS;
import static dev.helhet.coordinators.support.Registry.admin;
import static dev.helhet.coordinators.support.Registry.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The registry of organisations and professionals, and onboarding of municipalities in the real Keycloak. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "coordinators"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class RegistryTest {

    @Test
    void anInterMunicipalServiceIsVisibleInEachMunicipalityItServes() {
        try (KafkaProbe topic = KafkaProbe.watch(Topics.COORDINATORS_ORGANISATION_V1)) {
            String shared = admin().body("""
                            {"name": "NAV Asker og Harstad", "type": "nav-office", "phone": "+47 55 55 33 33",
                             "servicesOffered": "Arbeidsrettet oppfølging", "municipalityIds": ["harstad"]}""")
                    .when().post(ORGANISATIONS).then().statusCode(201)
                    .body("municipalityIds", containsInAnyOrder("asker", "harstad"))
                    .body("ownerMunicipalityId", equalTo("asker"))
                    .extract().path("id");
            KafkaProbe.Received registered = topic.await(r -> shared.equals(r.key()), Duration.ofSeconds(15)).orElseThrow();
            assertEquals("OrganisationRegistered", registered.eventType());

            String askerOnly = Registry.organisation("Asker frivilligsentral", "volunteer-centre");
            as("harstad.coordinator").queryParam("size", 200).when().get(ORGANISATIONS).then().statusCode(200)
                    .body("items.id", hasItem(shared)).body("items.id", not(hasItem(askerOnly)));
            as("harstad.coordinator").when().get(ORGANISATIONS + "/" + askerOnly).then().statusCode(404);
            // The organisation list is for the municipality's staff and partner systems, not for the person (a role, not a municipality, refuses).
            as("amina.hassan").when().get(ORGANISATIONS).then().statusCode(403)
                    .body("type", equalTo("urn:helhet:problem:forbidden"));

            as("harstad.admin").body("{\"name\": \"Overtatt\", \"type\": \"nav-office\", \"version\": 0}")
                    .when().put(ORGANISATIONS + "/" + shared).then().statusCode(403)
                    .body("type", equalTo("urn:helhet:problem:organisation-not-owned"));
            admin().body("{\"name\": \"NAV Asker og Harstad\", \"type\": \"nav-office\", \"municipalityIds\": [], \"version\": 0}")
                    .when().put(ORGANISATIONS + "/" + shared).then().statusCode(200)
                    .body("municipalityIds", containsInAnyOrder("asker")).body("version", equalTo(1));
            topic.await(r -> shared.equals(r.key()) && r.eventType().equals("OrganisationUpdated"), Duration.ofSeconds(15)).orElseThrow();
            admin().body("{\"name\": \"x\", \"type\": \"nav-office\", \"version\": 0}")
                    .when().put(ORGANISATIONS + "/" + shared).then().statusCode(409).body("type", equalTo("urn:helhet:problem:stale-version"));
        }
        as("asker.coordinator").body("{\"name\": \"x\", \"type\": \"school\"}").when().post(ORGANISATIONS).then().statusCode(403);
        admin().body("{\"name\": \"\", \"type\": \"castle\", \"email\": \"no\"}").when().post(ORGANISATIONS).then().statusCode(400)
                .body("errors.field", hasItem("type"));
        admin().body("{\"name\": \"\", \"type\": \"school\", \"email\": \"no\"}").when().post(ORGANISATIONS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "email"));
    }

    @Test
    void registersProfessionalsOnce() {
        Registry registry = Registry.asker();
        as("asker.coordinator").when().get(PROFESSIONALS + "/me").then().statusCode(200)
                .body("id", equalTo(registry.coordinator))
                .body("organisationIds", containsInAnyOrder(registry.refugeeService));
        admin().body("{\"subject\": \"%s\", \"name\": \"Igjen\", \"profession\": \"x\", \"organisationIds\": [\"%s\"]}"
                        .formatted(Tokens.subject("asker.coordinator"), registry.nav))
                .when().post(PROFESSIONALS).then().statusCode(409)
                .body("existingProfessionalId", equalTo(registry.coordinator));
        // A user of both municipalities registered by Asker: Harstad learns that they are registered, never which registration it is.
        String regional = registry.regional;
        String harstadService = given().auth().oauth2(Tokens.user("harstad.admin")).contentType(ContentType.JSON)
                .body("{\"name\": \"Harstad flyktningtjeneste\", \"type\": \"refugee-service\"}")
                .when().post(ORGANISATIONS).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.user("harstad.admin")).contentType(ContentType.JSON)
                .body("{\"subject\": \"%s\", \"name\": \"Igjen\", \"profession\": \"x\", \"organisationIds\": [\"%s\"]}"
                        .formatted(Tokens.subject("regional.coordinator"), harstadService))
                .when().post(PROFESSIONALS).then().statusCode(409)
                .body("existingProfessionalId", nullValue())
                .body(not(containsString(regional)));
        // A municipality registers its own users only: Asker's users are not Harstad's to claim, registered (asker.coordinator)
        // or not (asker.analyst), nor is a made-up user — and the three get the same answer.
        for (String subject : List.of(Tokens.subject("asker.coordinator"), Tokens.subject("asker.analyst"), UUID.randomUUID().toString())) {
            given().auth().oauth2(Tokens.user("harstad.admin")).contentType(ContentType.JSON)
                    .body("{\"subject\": \"%s\", \"name\": \"Ikke Vår\", \"profession\": \"x\", \"organisationIds\": [\"%s\"]}"
                            .formatted(subject, harstadService))
                    .when().post(PROFESSIONALS).then().statusCode(400)
                    .body("errors[0].field", equalTo("subject")).body("errors[0].code", equalTo("not-in-municipality"));
        }
        String harstadOnly = given().auth().oauth2(Tokens.user("harstad.admin")).contentType(ContentType.JSON)
                .body("{\"name\": \"Harstad voksenopplæring\", \"type\": \"adult-education\"}")
                .when().post(ORGANISATIONS).then().statusCode(201).extract().path("id");
        // Asker's own (not yet registered) analyst, but an organisation that serves only Harstad.
        admin().body("{\"subject\": \"%s\", \"name\": \"X\", \"profession\": \"x\", \"organisationIds\": [\"%s\"]}"
                        .formatted(Tokens.subject("asker.analyst"), harstadOnly))
                .when().post(PROFESSIONALS).then().statusCode(400).body("errors[0].code", equalTo("unknown-organisation"));
        as("harstad.coordinator").when().get(PROFESSIONALS + "/" + registry.coordinator).then().statusCode(404);
        as("asker.professional").queryParam("size", 200).when().get(PROFESSIONALS).then().statusCode(200).body("items.name", hasItem("Aisha Koordinator"));
        as("amina.hassan").when().get(PROFESSIONALS).then().statusCode(403);
        as("asker.coordinator").body("{}").when().post(PROFESSIONALS).then().statusCode(403);
    }

    @Test
    void onboardsAMunicipalityInKeycloak() {
        String alias = "test" + System.nanoTime() % 1_000_000;
        String path = "/api/v1/coordinators/admin/municipalities";
        String body = """
                {"alias": "%s", "name": "Testkommune %s", "domain": "%s.example",
                 "firstAdmin": {"email": "it@%s.example", "firstName": "Kari", "lastName": "Nordmann"}}""".formatted(alias, alias, alias, alias);
        as("asker.admin").body(body).when().post(path).then().statusCode(403);
        String userId = as("region.operator").body(body).when().post(path).then().statusCode(201)
                .body("alias", equalTo(alias))
                .body("invitation", equalTo("set-password-in-keycloak"))
                .extract().path("adminUserId");

        String admin = Tokens.keycloakAdmin();
        String keycloak = TestStack.get("keycloak.url") + "/admin/realms/helhet";
        String organization = given().auth().oauth2(admin).queryParam("search", alias)
                .when().get(keycloak + "/organizations").then().statusCode(200)
                .body("[0].alias", equalTo(alias)).extract().path("[0].id");
        given().auth().oauth2(admin).when().get(keycloak + "/organizations/" + organization + "/members").then().statusCode(200)
                .body("id", hasItem(userId));
        given().auth().oauth2(admin).when().get(keycloak + "/users/" + userId + "/role-mappings/realm").then().statusCode(200)
                .body("name", hasItem("municipality-admin"));
        given().auth().oauth2(admin).when().get(keycloak + "/users/" + userId).then().statusCode(200)
                .body("requiredActions", containsInAnyOrder("UPDATE_PASSWORD", "VERIFY_EMAIL"));

        as("region.operator").body(body).when().post(path).then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:municipality-exists"));

        // The first admin's e-mail is taken: refused before anything is created, so the same alias works with another e-mail.
        String next = "test" + (System.nanoTime() + 1) % 1_000_000;
        String taken = body.replace(alias, next).replace("it@" + next + ".example", "it@" + alias + ".example");
        as("region.operator").body(taken).when().post(path).then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:admin-email-taken"));
        given().auth().oauth2(admin).queryParam("search", next).when().get(keycloak + "/organizations").then().statusCode(200)
                .body("alias", not(hasItem(next)));
        as("region.operator").body(body.replace(alias, next)).when().post(path).then().statusCode(201).body("alias", equalTo(next));

        // A step that fails after the organization exists (here: Keycloak refuses the admin's username) removes it again.
        String third = "test" + (System.nanoTime() + 2) % 1_000_000;
        String username = "it@" + third + ".example";
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"username\": \"%s\", \"email\": \"other@%s.example\", \"enabled\": true}".formatted(username, third))
                .when().post(keycloak + "/users").then().statusCode(201);
        as("region.operator").body(body.replace(alias, third)).when().post(path).then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:admin-email-taken"));
        given().auth().oauth2(admin).queryParam("search", third).when().get(keycloak + "/organizations").then().statusCode(200)
                .body("alias", not(hasItem(third)));
        as("region.operator").body("{\"alias\": \"Not Valid\", \"name\": \"\", \"domain\": \"x\", \"firstAdmin\": {}}")
                .when().post(path).then().statusCode(400);
    }
}
