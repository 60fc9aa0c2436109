package dev.helhet.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static dev.helhet.e2e.GatewayApi.api;
import static dev.helhet.e2e.GatewayApi.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A referral closes the loop across the platform: Amina's coordinator refers her to the adult education centre under her
 * consent; its teacher reads why, accepts — and joins her team in coordinators, so participants lets him see her record —
 * starts and reports back; Amina follows it on her own page. Real gateway, services, Kafka and Keycloak users.
 */
@ExtendWith(Platform.class)
class ReferralLoopIT {

    private static final Duration EVENTS = Duration.ofSeconds(30);

    @Test
    void theReceiverActsJoinsTheTeamAndThePersonSeesWhatHappened() {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String refugeeService = GatewayApi.organisation("asker.admin", "Flyktningtjenesten (henvisning " + run + ")", "refugee-service");
        String school = GatewayApi.organisation("asker.admin", "Asker voksenopplæring (henvisning " + run + ")", "adult-education");
        String coordinator = GatewayApi.professional("asker.admin", "asker.coordinator", refugeeService);
        String teacher = GatewayApi.professional("asker.admin", "asker.professional", school);
        String amina = GatewayApi.amina();
        String team = api() + "/coordinators/participants/" + amina;
        GatewayApi.coordinate(amina, coordinator, refugeeService);
        GatewayApi.consent(amina, school, "Henvisning til norskopplæring", "basic", "education");
        // Amina is shared with other tests and runs: the teacher may be on her team already (as a NAV adviser, say).
        GatewayApi.offTeam(amina, teacher);
        AtomicReference<String> service = new AtomicReference<>();
        await().atMost(EVENTS).untilAsserted(() -> service.set(as("asker.admin").body("""
                {"organisationId": "%s", "name": "Norsk B1 (%s)", "languages": ["nb"], "lifeAreas": ["language"], "waitingDays": 30,
                 "servedMunicipalityIds": ["asker"]}""".formatted(school, run)).when().post(api() + "/referrals/services")
                .then().log().ifValidationFails().statusCode(201).extract().path("id")));

        // The referrals service knows Amina's coordinator and her consent from their topics before it sends.
        String referralBody = """
                {"participantId": "%s", "serviceId": "%s", "fromOrganisationId": "%s", "reason": "Ønsker norsk B1 på kveldstid (%s)",
                 "categories": ["education"], "send": true,
                 "handover": {"summary": "Har fullført A2", "languages": ["so", "nb"], "interpreterNeeded": true, "interpreterLanguage": "so"}}"""
                .formatted(amina, service.get(), refugeeService, run);
        AtomicReference<String> sent = new AtomicReference<>();
        await().atMost(EVENTS).untilAsserted(() -> sent.set(as("asker.coordinator").body(referralBody).when().post(api() + "/referrals")
                .then().log().ifValidationFails().statusCode(201).extract().path("id")));
        String referral = api() + "/referrals/" + sent.get();
        as("asker.coordinator").when().get(referral).then().statusCode(200).body("sendingOrganisation.id", equalTo(refugeeService));

        // The teacher reads why, not the story, until he accepts; then he is on Amina's team, and may read her record.
        as("asker.professional").when().get(referral).then().statusCode(200).body("yourSide", equalTo("receiver"))
                .body("handover", nullValue());
        as("asker.professional").when().post(referral + "/accept").then().statusCode(200).body("handover.summary", equalTo("Har fullført A2"));
        await().atMost(EVENTS).untilAsserted(() -> as("asker.coordinator").when().get(team + "/team").then().statusCode(200)
                .body("members.find { it.professionalId == '%s' && it.organisationId == '%s' }.role".formatted(teacher, school), equalTo("referral")));
        await().atMost(EVENTS).untilAsserted(() -> as("asker.professional").when().get(api() + "/participants/" + amina).then().statusCode(200));

        as("asker.professional").when().post(referral + "/start").then().statusCode(200);
        as("asker.professional").body("{\"outcome\": \"delivered\", \"note\": \"Bestod B1\"}").when().post(referral + "/complete")
                .then().statusCode(200).body("status", equalTo("completed"));

        // Amina sees where she was referred and what came of it.
        as("amina.hassan").queryParam("size", 200).when().get(api() + "/referrals/me").then().statusCode(200)
                .body("items.find { it.id == '%s' }.status".formatted(sent.get()), equalTo("completed"))
                .body("items.find { it.id == '%s' }.outcome".formatted(sent.get()), equalTo("delivered"))
                .body("items.find { it.id == '%s' }.organisation".formatted(sent.get()), equalTo("Asker voksenopplæring (henvisning " + run + ")"))
                .body("items.find { it.id == '%s' }.steps.step".formatted(sent.get()), hasItem("complete"));
        as("asker.coordinator").when().get(referral).then().statusCode(200).body("outcome", equalTo("delivered"))
                .body("closingNote", equalTo("Bestod B1"));
    }
}
