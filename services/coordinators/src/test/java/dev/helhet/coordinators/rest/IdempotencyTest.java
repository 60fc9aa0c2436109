package dev.helhet.coordinators.rest;

import dev.helhet.coordinators.support.ParticipantEvents;
import dev.helhet.coordinators.support.Registry;
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

import java.time.LocalDate;
import java.util.List;

import static dev.helhet.coordinators.support.Registry.ORGANISATIONS;
import static dev.helhet.coordinators.support.Registry.PROFESSIONALS;
import static dev.helhet.coordinators.support.Registry.admin;
import static dev.helhet.coordinators.support.Registry.as;
import static dev.helhet.testing.SafeRetries.assertSafeToRetry;
import static io.restassured.RestAssured.given;

/** Every creating operation of the coordinators API is safe to retry with an Idempotency-Key (docs/adr/0038). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "coordinators"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class IdempotencyTest {

    private static final String KEYCLOAK_REALM = "/admin/realms/helhet";

    @Test
    void registeringAnOrganisationAgainRegistersItOnce() {
        assertSafeToRetry(Registry::admin, ORGANISATIONS, "{\"name\": \"Gjentatt frivilligsentral\", \"type\": \"volunteer-centre\"}",
                "{\"name\": \"Gjentatt frivilligsentral\", \"type\": \"school\"}", () -> named(ORGANISATIONS, "Gjentatt frivilligsentral"));
    }

    @Test
    void registeringAProfessionalAgainRegistersThemOnce() {
        Registry registry = Registry.asker();
        String subject = newAskerUser();
        String professional = "{\"subject\": \"%s\", \"name\": \"Gunnar Gjentatt\", \"profession\": \"%s\", \"organisationIds\": [\"%s\"]}";
        assertSafeToRetry(Registry::admin, PROFESSIONALS, professional.formatted(subject, "veileder", registry.nav),
                professional.formatted(subject, "rådgiver", registry.nav), () -> named(PROFESSIONALS, "Gunnar Gjentatt"));
    }

    @Test
    void addingATeamMemberAgainAddsThemOnce() {
        Registry registry = Registry.asker();
        String person = ParticipantEvents.registered("asker");
        String base = "/api/v1/coordinators/participants/" + person;
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                .when().put(base + "/coordinator").then().statusCode(200);
        String member = "{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"%s\"}";
        assertSafeToRetry(() -> as("asker.coordinator"), base + "/team/members",
                member.formatted(registry.teamLead, registry.refugeeService, "miljøterapeut"),
                member.formatted(registry.teamLead, registry.refugeeService, "kontaktperson"),
                () -> as("asker.coordinator").when().get(base + "/team").then().statusCode(200).extract().path("members.size()"));
    }

    @Test
    void recordingAnAbsenceAgainRecordsItOnce() {
        Registry registry = Registry.asker();
        String absences = PROFESSIONALS + "/" + registry.teamLead + "/absences";
        String absence = "{\"from\": \"%s\", \"to\": \"%s\", \"deputyId\": \"%s\"}";
        LocalDate from = LocalDate.now().plusDays(100);
        assertSafeToRetry(() -> as("asker.teamlead"), absences,
                absence.formatted(from, from.plusDays(5), registry.coordinator),
                absence.formatted(from, from.plusDays(6), registry.coordinator),
                () -> as("asker.teamlead").when().get(PROFESSIONALS + "/" + registry.teamLead).then().statusCode(200)
                        .extract().path("absences.size()"));
        // Leave the team lead present, as the other tests expect.
        List<String> recorded = as("asker.teamlead").when().get(PROFESSIONALS + "/" + registry.teamLead).then().extract().path("absences.id");
        recorded.forEach(id -> as("asker.teamlead").when().delete(absences + "/" + id).then().statusCode(200));
    }

    @Test
    void onboardingAMunicipalityAgainOnboardsItOnce() {
        String alias = "idem" + System.nanoTime() % 1_000_000;
        String body = """
                {"alias": "%s", "name": "%s", "domain": "%s.example",
                 "firstAdmin": {"email": "it@%s.example", "firstName": "Kari", "lastName": "Nordmann"}}""";
        assertSafeToRetry(() -> as("region.operator"), "/api/v1/coordinators/admin/municipalities",
                body.formatted(alias, "Gjentakelse " + alias, alias, alias), body.formatted(alias, "Annen " + alias, alias, alias),
                () -> given().auth().oauth2(Tokens.keycloakAdmin()).queryParam("search", alias)
                        .when().get(keycloak() + "/organizations").then().statusCode(200).extract().path("size()"));
    }

    private static int named(String list, String name) {
        List<String> names = admin().queryParam("size", 200).when().get(list).then().statusCode(200).extract().path("items.name");
        return (int) names.stream().filter(name::equals).count();
    }

    /** A new Keycloak user in Asker's organization, not yet registered as a professional: its subject. */
    private static String newAskerUser() {
        String token = Tokens.keycloakAdmin();
        String username = "gjentatt" + System.nanoTime() % 1_000_000;
        String location = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"username\": \"%s\", \"email\": \"%s@asker.example\", \"enabled\": true}".formatted(username, username))
                .when().post(keycloak() + "/users").then().statusCode(201).extract().header("Location");
        String userId = location.substring(location.lastIndexOf('/') + 1);
        String asker = given().auth().oauth2(token).queryParam("search", "asker")
                .when().get(keycloak() + "/organizations").then().statusCode(200).extract().path("find { it.alias == 'asker' }.id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("\"" + userId + "\"")
                .when().post(keycloak() + "/organizations/" + asker + "/members").then().statusCode(201);
        return userId;
    }

    private static String keycloak() {
        return TestStack.get("keycloak.url") + KEYCLOAK_REALM;
    }
}
