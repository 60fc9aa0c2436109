package dev.helhet.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static dev.helhet.e2e.GatewayApi.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The closed loop across services: consent recorded in the participants service opens a person's
 * team in the coordinators service to another organisation; revoking it suspends that member
 * within seconds, through the real outbox, Kafka and consumers, all through the gateway.
 */
@ExtendWith(Platform.class)
class ConsentLoopIT {

    private static final Duration SECONDS = Duration.ofSeconds(20);

    @Test
    void consentOpensTheTeamAndItsRevocationClosesItAgain() {
        String api = Platform.gatewayUrl() + "/api/v1";
        String refugeeService = as("asker.admin").body("{\"name\": \"Flyktningtjenesten (e2e)\", \"type\": \"refugee-service\"}")
                .when().post(api + "/coordinators/organisations").then().statusCode(201).extract().path("id");
        String nav = as("asker.admin").body("{\"name\": \"NAV (e2e)\", \"type\": \"nav-office\"}")
                .when().post(api + "/coordinators/organisations").then().statusCode(201).extract().path("id");
        String coordinator = GatewayApi.professional("asker.admin", "asker.coordinator", refugeeService);
        String navAdviser = GatewayApi.professional("asker.admin", "asker.professional", nav);

        String person = as("asker.coordinator").body("{\"name\": \"Samira Ahmed\"}").when().post(api + "/participants")
                .then().statusCode(201).extract().path("id");
        String team = api + "/coordinators/participants/" + person;
        await().atMost(SECONDS).until(() -> as("asker.teamlead").when().get(team + "/coordinator").statusCode() == 200);
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(coordinator, refugeeService))
                .when().put(team + "/coordinator").then().statusCode(200);

        String navMember = "{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"role\": \"NAV-veileder\"}".formatted(navAdviser, nav);
        as("asker.coordinator").body(navMember).when().post(team + "/team/members")
                .then().statusCode(409).body("type", equalTo("urn:helhet:problem:consent-required"));

        String grant = """
                {"receiver": {"type": "organisation", "organisationId": "%s"}, "categories": ["basic", "plan"],
                 "purpose": "Samarbeid om arbeid", "validTo": "%s", "recordedHow": "signed-form"}"""
                .formatted(nav, Instant.now().plus(180, ChronoUnit.DAYS));
        // Participants learns of the new NAV office from its topic; until then the consent is refused (400) and nothing is stored.
        String consent = await().atMost(SECONDS).until(() -> {
            var answer = as("asker.coordinator").body(grant).when().post(api + "/participants/" + person + "/consents");
            return answer.statusCode() == 201 ? answer.<String>path("id") : null;
        }, java.util.Objects::nonNull);
        await().atMost(SECONDS).untilAsserted(() -> as("asker.coordinator").body(navMember).when().post(team + "/team/members")
                .then().statusCode(200));
        as("asker.professional").when().get(team + "/team").then().statusCode(200);

        Instant revoked = Instant.now();
        as("asker.coordinator").body("{\"reason\": \"Trekker samtykket\"}")
                .when().post(api + "/participants/" + person + "/consents/" + consent + "/revoke").then().statusCode(200);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                as("asker.professional").when().get(team + "/team").then().statusCode(404));
        System.out.printf("[e2e] team access suspended %d ms after the consent was revoked%n",
                Duration.between(revoked, Instant.now()).toMillis());
        as("asker.coordinator").when().get(team + "/team").then().statusCode(200)
                .body("members[0].suspended", equalTo(true)).body("members[0].suspensionReason", equalTo("consent-revoked"));
    }
}
