package dev.helhet.participants.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static dev.helhet.participants.rest.Api.register;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Consent is explicit, time-limited and revocable, and every change reaches Kafka within seconds. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ConsentResourceTest {

    private static final String NAV = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";

    @Test
    void aRevocationReachesKafkaAsAnEvent() {
        CareEvents.organisations();
        String id = register("Mariam Yusuf");
        String consents = PARTICIPANTS + "/" + id + "/consents";
        double revokedBefore = revokedByStaff();
        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_CONSENT_V1)) {
            String consent = asker().body("""
                            {"receiver": {"type": "organisation", "organisationId": "%s"}, "categories": ["basic", "health"],
                             "purpose": "Samarbeid om arbeid og helse", "validTo": "%s", "recordedHow": "signed-form"}"""
                            .formatted(NAV, Instant.now().plus(180, ChronoUnit.DAYS)))
                    .when().post(consents)
                    .then().statusCode(201)
                    .body("status", equalTo("active"))
                    .body("categories", containsInAnyOrder("basic", "health"))
                    .body("history[0].change", equalTo("granted"))
                    .extract().path("id");
            KafkaProbe.Received granted = topic.await(r -> consent.equals(r.key()), Duration.ofSeconds(15)).orElseThrow();
            assertEquals("ConsentGranted", granted.eventType());
            assertEquals(NAV, granted.envelope().at("/payload/receiverOrganisationId").asText());
            assertFalse(granted.record().value().contains("Samarbeid"), "the free-text purpose stays in the service");

            Instant revokedAt = Instant.now();
            asker().body("{\"reason\": \"Ønsker ikke lenger at helsetjenesten deler\"}")
                    .when().post(consents + "/" + consent + "/revoke")
                    .then().statusCode(200)
                    .body("status", equalTo("revoked"))
                    .body("history.change", equalTo(List.of("granted", "revoked")))
                    .body("history[1].reason", equalTo("Ønsker ikke lenger at helsetjenesten deler"));
            KafkaProbe.Received revoked = topic.await(r -> consent.equals(r.key()) && r.eventType().equals("ConsentRevoked"),
                    Duration.ofSeconds(10)).orElseThrow(() -> new AssertionError("ConsentRevoked did not reach Kafka within 10 s"));
            assertEquals(id, revoked.envelope().at("/payload/participantId").asText());
            Duration latency = Duration.between(revokedAt, Instant.ofEpochMilli(revoked.record().timestamp()));
            assertTrue(latency.toSeconds() < 5, "published " + latency.toMillis() + " ms after the revocation");
        }
        String consent = asker().when().get(consents).then().extract().path("items[0].id");
        asker().body("{\"reason\": \"igjen\"}").when().post(consents + "/" + consent + "/revoke")
                .then().statusCode(409).body("type", equalTo("urn:helhet:problem:consent-not-active"));
        assertEquals(revokedBefore + 1, revokedByStaff(), "one revocation counted; the refused second one is not");
    }

    /** {@code helhet_consents_revoked_total{by="staff"}} as the service exports it. */
    private static double revokedByStaff() {
        return io.restassured.RestAssured.get("/q/metrics").asString().lines()
                .filter(line -> line.startsWith("helhet_consents_revoked_total{") && line.contains("by=\"staff\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void anExpiryIsPublishedWithoutAnyUserAction() {
        String id = register("Kort Samtykke");
        String consents = PARTICIPANTS + "/" + id + "/consents";
        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_CONSENT_V1)) {
            Instant validTo = Instant.now().plusSeconds(3);
            String consent = asker().body("""
                            {"receiver": {"type": "team"}, "categories": ["plan"], "purpose": "Kort prøve",
                             "validTo": "%s", "recordedHow": "verbal"}""".formatted(validTo))
                    .when().post(consents)
                    .then().statusCode(201)
                    .extract().path("id");
            KafkaProbe.Received expired = topic.await(r -> consent.equals(r.key()) && r.eventType().equals("ConsentExpired"),
                    Duration.ofSeconds(20)).orElseThrow(() -> new AssertionError("no ConsentExpired within 20 s"));
            assertEquals("system", expired.envelope().at("/actor/type").asText());
            Duration late = Duration.between(validTo, Instant.ofEpochMilli(expired.record().timestamp()));
            assertTrue(late.toSeconds() < 5, "published " + late.toMillis() + " ms after valid-to");
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> asker().when().get(consents).then()
                .body("items[0].status", equalTo("expired"))
                .body("items[0].history.change", equalTo(List.of("granted", "expired"))));
    }

    @Test
    void nobodyGrantsThemselvesAccess() {
        CareEvents.organisations();
        String id = register("Selv Tilgang");
        String consents = PARTICIPANTS + "/" + id + "/consents";
        CareEvents.coordinator(id, CareEvents.professional("asker.coordinator", CareEvents.REFUGEE_SERVICE), CareEvents.REFUGEE_SERVICE);
        String basic = grant(NAV, "\"basic\"");
        String real = await().atMost(Duration.ofSeconds(20)).until(() -> {
            var answer = asker().body(basic).when().post(consents);
            return answer.statusCode() == 201 ? answer.<String>path("id") : null;
        }, java.util.Objects::nonNull);
        CareEvents.member(id, CareEvents.professional("asker.professional", NAV), NAV);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id)
                .then().statusCode(200));

        // The NAV adviser on the team may read, but records no consent for anyone, least of all for NAV.
        Api.as("asker.professional").body(grant(NAV, "\"basic\", \"health\", \"economy\"")).when().post(consents)
                .then().statusCode(403).body("type", equalTo("urn:helhet:problem:consent-not-yours-to-record"));
        Api.as("asker.professional").body(grant(null, "\"health\"")).when().post(consents)
                .then().statusCode(403).body("type", equalTo("urn:helhet:problem:consent-not-yours-to-record"));
        Api.as("asker.professional").body("{\"reason\": \"x\"}").when().post(consents + "/" + real + "/revoke")
                .then().statusCode(403);
        // A team lead who also works for NAV records consents, but not to NAV.
        CareEvents.professional("asker.teamlead", NAV);
        Api.as("asker.teamlead").body(grant(NAV, "\"health\"")).when().post(consents)
                .then().statusCode(403).body("type", equalTo("urn:helhet:problem:consent-self-grant"));
        // Nor to the whole team, which NAV is on: that, too, would open the person to their own organisation.
        Api.as("asker.teamlead").body(grant(null, "\"health\"")).when().post(consents)
                .then().statusCode(403).body("type", equalTo("urn:helhet:problem:consent-self-grant"));
        Api.as("asker.teamlead").body(grant(CareEvents.HEALTH_SERVICE, "\"health\"")).when().post(consents).then().statusCode(201);
        // The receiver serves the person's municipality: not an unknown id, not Harstad's service.
        for (String receiver : List.of(UUID.randomUUID().toString(), CareEvents.HARSTAD_SERVICE)) {
            asker().body(grant(receiver, "\"basic\"")).when().post(consents)
                    .then().statusCode(400).body("errors[0].field", equalTo("receiver.organisationId"))
                    .body("errors[0].code", equalTo("unknown-organisation"));
        }
        asker().when().get(consents).then().body("items.size()", equalTo(2));

        // When the coordinator records the person's withdrawal, the adviser is out at once: nothing self-made keeps him in.
        asker().body("{\"reason\": \"Personen trekker samtykket\"}").when().post(consents + "/" + real + "/revoke").then().statusCode(200);
        Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id).then().statusCode(404);
    }

    private static String grant(String organisation, String categories) {
        String receiver = organisation == null ? "{\"type\": \"team\"}" : "{\"type\": \"organisation\", \"organisationId\": \"%s\"}".formatted(organisation);
        return """
                {"receiver": %s, "categories": [%s], "purpose": "Samarbeid", "validTo": "%s", "recordedHow": "signed-form"}"""
                .formatted(receiver, categories, Instant.now().plus(90, ChronoUnit.DAYS));
    }

    @Test
    void refusesConsentsThatAreNotSpecificOrNotTimeLimited() {
        String id = register("Regel Sjekk");
        String consents = PARTICIPANTS + "/" + id + "/consents";
        String in90Days = Instant.now().plus(90, ChronoUnit.DAYS).toString();
        asker().body("{\"receiver\": {\"type\": \"organisation\"}, \"categories\": [\"basic\"], \"purpose\": \"x\", \"validTo\": \"%s\", \"recordedHow\": \"verbal\"}"
                        .formatted(in90Days)).when().post(consents)
                .then().statusCode(400).body("errors[0].field", equalTo("receiver.organisationId"));
        asker().body("{\"receiver\": {\"type\": \"team\", \"organisationId\": \"%s\"}, \"categories\": [\"basic\"], \"purpose\": \"x\", \"validTo\": \"%s\", \"recordedHow\": \"verbal\"}"
                        .formatted(NAV, in90Days)).when().post(consents)
                .then().statusCode(400).body("errors[0].field", equalTo("receiver.organisationId"));
        asker().body("{\"receiver\": {\"type\": \"team\"}, \"categories\": [], \"purpose\": \"\", \"validTo\": \"2020-01-01T00:00:00Z\"}")
                .when().post(consents)
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("categories", "purpose", "validTo"));
        asker().body("{\"receiver\": {\"type\": \"team\"}, \"categories\": [\"gossip\"], \"purpose\": \"x\", \"validTo\": \"%s\"}"
                        .formatted(in90Days)).when().post(consents)
                .then().statusCode(400).body("errors[0].field", equalTo("categories[0]"));
        asker().body("{\"receiver\": {\"type\": \"team\"}, \"categories\": [\"basic\"], \"purpose\": \"x\", \"validTo\": \"%s\", \"recordedHow\": \"verbal\"}"
                        .formatted(Instant.now().plus(4 * 366, ChronoUnit.DAYS))).when().post(consents)
                .then().statusCode(400).body("errors[0].code", equalTo("too-long"));
        asker().body("{\"receiver\": {\"type\": \"team\"}, \"categories\": [\"basic\"], \"purpose\": \"x\", \"validTo\": \"%s\"}"
                        .formatted(in90Days)).when().post(consents)
                .then().statusCode(400).body("errors[0].field", equalTo("recordedHow"));
        asker().body("{\"reason\": \"x\"}").when().post(consents + "/" + UUID.randomUUID() + "/revoke").then().statusCode(404);
        Api.as("asker.admin").when().get(consents).then().statusCode(403);
    }
}
