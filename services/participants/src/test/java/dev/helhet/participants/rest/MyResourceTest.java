package dev.helhet.participants.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The person signed in as themself (demo user amina.hassan, whose token carries her identity number
 * in the claim pid) reads her own record, decides on her consents, and reads no one else.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MyResourceTest {

    /** The demo person's fødselsnummer, set as the attribute pid in local/keycloak/helhet-realm.json. */
    private static final String AMINA = "15039410017";
    private static final String ME = PARTICIPANTS + "/me";

    @Test
    @Order(1)
    void beforeAnyServiceRegistersHerSheIsToldSo() {
        Api.as("amina.hassan").when().get(ME)
                .then().statusCode(404)
                .body("type", equalTo("urn:helhet:problem:not-registered"));
    }

    @Test
    @Order(2)
    void sheSeesHerOwnRecordAndDecidesOnConsent() {
        String id = asker().body("{\"name\": \"Amina Hassan\", \"whatMattersToMe\": \"Jobb og norskkurs\","
                        + " \"nationalId\": {\"country\": \"NO\", \"number\": \"" + AMINA + "\"}}")
                .when().post(PARTICIPANTS).then().statusCode(201).extract().path("id");
        asker().body("{\"programme\": \"introduction-programme\", \"startDate\": \"2026-02-02\", \"settlementDate\": \"2026-01-20\"}")
                .when().post(PARTICIPANTS + "/" + id + "/programmes").then().statusCode(201);
        asker().body("{\"name\": \"Hodan Hassan\", \"relation\": \"mor\", \"joinsFollowUpMeetings\": true}")
                .when().post(PARTICIPANTS + "/" + id + "/network").then().statusCode(201);

        Api.as("amina.hassan").when().get(ME)
                .then().statusCode(200)
                .body("records", hasSize(1))
                .body("records[0].participant.id", equalTo(id))
                .body("records[0].participant.municipalityId", equalTo("asker"))
                .body("records[0].participant.whatMattersToMe", equalTo("Jobb og norskkurs"))
                .body("records[0].participant.nationalId.masked", equalTo("150394*****"))
                .body("records[0].nationalId", nullValue())
                .body("records[0].accessLog", nullValue())
                .body("records[0].programmes[0].programme", equalTo("introduction-programme"))
                .body("records[0].network[0].name", equalTo("Hodan Hassan"))
                .body(not(containsString(AMINA)));

        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_CONSENT_V1)) {
            String consent = Api.as("amina.hassan").body("""
                            {"receiver": {"type": "team"}, "categories": ["basic", "plan"], "purpose": "At teamet mitt kan samarbeide",
                             "validTo": "%s", "recordedHow": "signed-form"}""".formatted(Instant.now().plus(365, ChronoUnit.DAYS)))
                    .when().post(ME + "/consents")
                    .then().statusCode(201)
                    .body("recordedHow", equalTo("digital"))
                    .extract().path("id");
            KafkaProbe.Received granted = topic.await(r -> consent.equals(r.key()), Duration.ofSeconds(15)).orElseThrow();
            assertEquals("ConsentGranted", granted.eventType());
            assertEquals("user", granted.envelope().at("/actor/type").asText());

            Api.as("amina.hassan").body("{\"reason\": \"Vil tenke meg om\"}").when().post(ME + "/consents/" + consent + "/revoke")
                    .then().statusCode(200).body("status", equalTo("revoked"));
            topic.await(r -> consent.equals(r.key()) && r.eventType().equals("ConsentRevoked"), Duration.ofSeconds(15)).orElseThrow();
        }
        asker().when().get(PARTICIPANTS + "/" + id + "/consents").then().body("items[0].status", equalTo("revoked"));
    }

    @Test
    @Order(3)
    void sheReadsNoOneElseAndCannotUseCaseworkerFunctions() {
        String other = Api.register("Noen Andre");
        Api.as("amina.hassan").when().get(PARTICIPANTS + "/" + other).then().statusCode(403);
        Api.as("amina.hassan").when().get(PARTICIPANTS).then().statusCode(403);
        Api.as("amina.hassan").when().get(PARTICIPANTS + "/" + other + "/consents").then().statusCode(403);
        String othersConsent = asker().body("""
                        {"receiver": {"type": "team"}, "categories": ["basic"], "purpose": "x", "validTo": "%s", "recordedHow": "verbal"}"""
                        .formatted(Instant.now().plus(30, ChronoUnit.DAYS)))
                .when().post(PARTICIPANTS + "/" + other + "/consents").then().statusCode(201).extract().path("id");
        Api.as("amina.hassan").body("{\"reason\": \"x\"}").when().post(ME + "/consents/" + othersConsent + "/revoke")
                .then().statusCode(404);
        Api.as("amina.hassan").body("{\"reason\": \"x\"}").when().post(ME + "/consents/" + UUID.randomUUID() + "/revoke")
                .then().statusCode(404);
        asker().when().get(ME).then().statusCode(403);
    }

    @Test
    @Order(4)
    void sheDownloadsEverythingIncludingWhoLookedAtHerNumber() {
        String id = asker().queryParam("q", "Amina Hassan").when().get(PARTICIPANTS).then().extract().path("items[0].id");
        asker().body("{\"purpose\": \"Søknad om bostøtte\"}").when().post(PARTICIPANTS + "/" + id + "/national-id/reveal")
                .then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                Api.as("amina.hassan").when().get(ME + "/export")
                        .then().statusCode(200)
                        .body("records[0].nationalId.number", equalTo(AMINA))
                        .body("records[0].consents", hasSize(1))
                        .body("records[0].consents[0].history.change", equalTo(java.util.List.of("granted", "revoked")))
                        .body("records[0].accessLog.action", hasItem("reveal-national-id"))
                        .body("records[0].accessLog.find { it.action == 'reveal-national-id' }.purpose", equalTo("Søknad om bostøtte")));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                Api.as("amina.hassan").queryParam("size", 200).when().get(ME + "/access-log").then().statusCode(200)
                        .body("items.find { it.action == 'export' }.actorRoles", containsString("participant")));
    }

    @Test
    @Order(5)
    void aRegistrationInAnotherMunicipalityNeitherHidesNorReplacesTheRecordSheControls() {
        String asker = asker().queryParam("q", "Amina Hassan").when().get(PARTICIPANTS).then().extract().path("items[0].id");
        String harstad = Api.harstad().body("{\"name\": \"Amina Hassan\", \"nationalId\": {\"country\": \"NO\", \"number\": \"" + AMINA + "\"}}")
                .when().post(PARTICIPANTS).then().statusCode(201).extract().path("id");

        Api.as("amina.hassan").when().get(ME).then().statusCode(200)
                .body("records.participant.id", containsInAnyOrder(asker, harstad))
                .body("records.find { it.participant.id == '%s' }.participant.municipalityId".formatted(harstad), equalTo("harstad"))
                .body("records.find { it.participant.id == '%s' }.consents".formatted(asker), hasSize(1));
        Api.as("amina.hassan").queryParam("size", 200).when().get(ME + "/access-log").then().statusCode(200)
                .body("items.findAll { it.participantId == '%s' }.action".formatted(asker), hasItem("reveal-national-id"))
                .body("items.findAll { it.participantId == '%s' }.municipalityId".formatted(asker), everyItem(equalTo("asker")));

        String grant = """
                {"receiver": {"type": "team"}, "categories": ["basic"], "purpose": "Samarbeid i Asker", "validTo": "%s"}"""
                .formatted(Instant.now().plus(30, ChronoUnit.DAYS));
        // A consent is given to one municipality's services: with two records she names which one.
        Api.as("amina.hassan").body(grant).when().post(ME + "/consents").then().statusCode(400)
                .body("errors[0].field", equalTo("record"));
        String consent = Api.as("amina.hassan").queryParam("record", asker).body(grant).when().post(ME + "/consents")
                .then().statusCode(201).extract().path("id");
        asker().when().get(PARTICIPANTS + "/" + asker + "/consents").then().body("items.id", hasItem(consent));
        Api.as("amina.hassan").body("{\"reason\": \"Likevel ikke\"}").when().post(ME + "/consents/" + consent + "/revoke")
                .then().statusCode(200);
        Api.as("amina.hassan").queryParam("record", UUID.randomUUID()).body(grant).when().post(ME + "/consents").then().statusCode(404);
    }

    @Test
    @Order(6)
    void givingConsentAgainWithTheSameKeyGivesItOnce() {
        String asker = asker().queryParam("q", "Amina Hassan").when().get(PARTICIPANTS).then().extract().path("items[0].id");
        String consents = PARTICIPANTS + "/" + asker + "/consents";
        String grant = """
                {"receiver": {"type": "team"}, "categories": [%s], "purpose": "Samarbeid i Asker", "validTo": "%s"}""";
        String validTo = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        dev.helhet.testing.SafeRetries.assertSafeToRetry(() -> Api.as("amina.hassan").queryParam("record", asker), ME + "/consents",
                grant.formatted("\"basic\"", validTo), grant.formatted("\"basic\", \"plan\"", validTo),
                () -> asker().when().get(consents).then().statusCode(200).extract().path("total"));
    }

    @Test
    @Order(7)
    void herAccessLogIsPagedLikeEveryList() {
        dev.helhet.testing.PagedLists.assertPagedShape(() -> Api.as("amina.hassan"), ME + "/access-log");
    }
}
