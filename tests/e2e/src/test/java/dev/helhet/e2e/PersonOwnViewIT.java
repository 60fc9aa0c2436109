package dev.helhet.e2e;

import dev.helhet.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static dev.helhet.e2e.GatewayApi.api;
import static dev.helhet.e2e.GatewayApi.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

/**
 * The person's own view of their team crosses two services: coordinators asks participants, with the
 * person's own token, which registered person signed in. Real gateway, real services, real Keycloak users.
 */
@ExtendWith(Platform.class)
class PersonOwnViewIT {

    private static final String AMINA = "15039410017";

    @Test
    void thePersonSeesHerCoordinatorWithWorkContactAndOrganisation() {
        String organisation = GatewayApi.organisation("asker.admin", "Flyktningtjenesten (own view)", "refugee-service");
        String coordinator = GatewayApi.professional("asker.admin", "asker.coordinator", organisation);
        var registered = as("asker.coordinator").body("{\"name\": \"Amina Hassan\", \"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}"
                .formatted(AMINA)).when().post(api() + "/participants").then().statusCode(anyOf(is(201), is(409))).extract();
        // Registered by an earlier test: the team lead, who sees everyone of the municipality, is told which record it is.
        String amina = registered.statusCode() == 201 ? registered.path("id")
                : as("asker.teamlead").body("{\"name\": \"Amina Hassan\", \"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}"
                .formatted(AMINA)).when().post(api() + "/participants").then().statusCode(409).extract().path("existingParticipantId");

        // The coordinators service learns of the registration from its topic before it can assign.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("asker.teamlead")
                .body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(coordinator, organisation))
                .when().put(api() + "/coordinators/participants/" + amina + "/coordinator")
                .then().statusCode(anyOf(is(200), is(409))));

        // Amina is shared with other tests: she may have had asker.coordinator (409 above) for another organisation since.
        String actsFor = as("asker.teamlead").when().get(api() + "/coordinators/participants/" + amina + "/coordinator").then().statusCode(200)
                .extract().path("current.organisationId");
        String organisationName = as("asker.admin").when().get(api() + "/coordinators/organisations/" + actsFor).then().statusCode(200)
                .extract().path("name");
        as("amina.hassan").when().get(api() + "/coordinators/me/team").then().statusCode(200)
                .body("teams.find { it.municipalityId == 'asker' }.participantId", equalTo(amina))
                .body("teams.find { it.municipalityId == 'asker' }.coordinator.subject", equalTo(Tokens.subject("asker.coordinator")))
                .body("teams.find { it.municipalityId == 'asker' }.coordinator.name", equalTo("asker.coordinator"))
                .body("teams.find { it.municipalityId == 'asker' }.coordinator.organisationName", equalTo(organisationName));
    }

    @Test
    void aPersonNoMunicipalityRegisteredIsToldSoInBothServices() {
        as("nora.nilsen").when().get(api() + "/participants/me").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:helhet:problem:not-registered"));
        as("nora.nilsen").when().get(api() + "/coordinators/me/team").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:helhet:problem:not-registered"));
    }

    @Test
    void caseworkersHaveNoOwnTeamView() {
        as("asker.coordinator").when().get(api() + "/coordinators/me/team").then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:forbidden"));
    }
}
