package dev.helhet.referrals.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.CareTopics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Moving to another municipality through the API on real PostgreSQL, Kafka and Keycloak: Asker's coordinator offers the
 * person's follow-up to Harstad with her consent; Harstad's team lead sees the offer (not who she is), accepts or declines.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "referrals"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class TransferResourceTest {

    private static final String PATH = "/api/v1/referrals/transfers";

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    @BeforeAll
    static void harstadIsKnown() {
        // A municipality is known to the platform by the organisations of the registry serving it.
        CareTopics.named("Integreringsenheten Harstad", "harstad");
    }

    private static String offer(String person, String to, String categories) {
        return """
                {"participantId": "%s", "toMunicipalityId": "%s", "categories": [%s], "consentRecordedHow": "signed-form",
                 "note": "Flytter 1. mars; vil fortsette i arbeidspraksis",
                 "handover": {"summary": "Har fullført A2", "goals": [{"lifeArea": "work", "category": "plan", "description": "Fagbrev"}]}}"""
                .formatted(person, to, categories);
    }

    @Test
    void harstadsTeamLeadAcceptsAPersonMovingInAndReadsTheHandoverOnlyThen() {
        String person = CareTopics.team().person();
        try (KafkaProbe topic = KafkaProbe.watch(Topics.REFERRALS_TRANSITION_V1)) {
            String id = as("asker.coordinator").body(offer(person, "harstad", "\"plan\"")).when().post(PATH).then().statusCode(201)
                    .body("status", equalTo("offered")).body("yourSide", equalTo("sender")).body("participantId", equalTo(person))
                    .extract().path("id");
            as("asker.coordinator").body(offer(person, "harstad", "\"plan\"")).when().post(PATH).then().statusCode(409)
                    .body("type", equalTo("urn:helhet:problem:transfer-settled")).body("transferId", equalTo(id));

            as("harstad.teamlead").queryParam("size", 200).when().get(PATH + "/incoming").then().statusCode(200).body("items.id", hasItem(id))
                    .body("items.find { it.id == '%s' }.participantId".formatted(id), nullValue())
                    .body("items.find { it.id == '%s' }.handover".formatted(id), nullValue())
                    .body("items.find { it.id == '%s' }.note".formatted(id), equalTo("Flytter 1. mars; vil fortsette i arbeidspraksis"));
            as("harstad.coordinator").when().get(PATH + "/incoming").then().statusCode(403);
            as("harstad.coordinator").when().get(PATH + "/" + id).then().statusCode(404);
            as("harstad.coordinator").when().post(PATH + "/" + id + "/accept").then().statusCode(403);
            as("harstad.teamlead").body("{}").when().post(PATH + "/" + id + "/decline").then().statusCode(400)
                    .body("errors[0].field", equalTo("reason"));

            as("harstad.teamlead").when().post(PATH + "/" + id + "/accept").then().statusCode(200).body("status", equalTo("accepted"))
                    .body("yourSide", equalTo("receiver")).body("handover.summary", equalTo("Har fullført A2"))
                    .body("handover.goals[0].description", equalTo("Fagbrev")).body("categories", contains("basic", "plan"));
            KafkaProbe.Received accepted = topic.await(r -> person.equals(r.key()) && "TransferAccepted".equals(r.eventType()),
                    Duration.ofSeconds(15)).orElseThrow();
            assertEquals("harstad", accepted.envelope().at("/payload/toMunicipalityId").asText());
            assertEquals(Tokens.subject("harstad.teamlead"), accepted.envelope().at("/actor/subject").asText());
            assertFalse(accepted.record().value().contains("arbeidspraksis"), "the note stays in the referrals service");

            as("harstad.teamlead").when().post(PATH + "/" + id + "/accept").then().statusCode(409).body("status", equalTo("accepted"));
            as("asker.coordinator").when().post(PATH + "/" + id + "/withdraw").then().statusCode(409);
            as("asker.coordinator").queryParam("participantId", person).queryParam("size", 200).when().get(PATH).then().statusCode(200)
                    .body("items.status", contains("accepted"));
        }
    }

    @Test
    void onlyWhoeverKeepsTheCaseOffersToAKnownOtherMunicipalityAndMayWithdraw() {
        CareTopics.Team team = CareTopics.team();
        String person = team.person();
        as("asker.coordinator").body(offer(person, "asker", "\"plan\"")).when().post(PATH).then().statusCode(400)
                .body("errors[0].code", equalTo("same-municipality"));
        as("asker.coordinator").body(offer(person, "atlantis", "\"plan\"")).when().post(PATH).then().statusCode(400)
                .body("errors[0].code", equalTo("unknown-municipality"));
        as("asker.coordinator").body(offer(person, "harstad", "\"plan\"").replace("signed-form", "telepathy")).when().post(PATH).then().statusCode(400);
        // A team member whose consent opens the person to them keeps no case: they cannot move her (a coordinator who is only on
        // the team gets transfer-not-yours; a professional of another service is refused by role already).
        CareTopics.consentToNav(person, "basic", "plan");
        as("asker.professional").body(offer(person, "harstad", "\"plan\"")).when().post(PATH).then().statusCode(403);
        CareTopics.onTeamFor(CareTopics.professional("regional.coordinator", CareTopics.NAV), person, CareTopics.NAV);
        given().auth().oauth2(Tokens.user("regional.coordinator", "openid organization:asker")).contentType(ContentType.JSON)
                .body(offer(person, "harstad", "\"plan\"")).when().post(PATH).then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:transfer-not-yours"));

        String id = as("asker.coordinator").body(offer(person, "harstad", "\"plan\"")).when().post(PATH).then().statusCode(201).extract().path("id");
        as("asker.coordinator").body("{}").when().post(PATH + "/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("withdrawn"));
        as("harstad.teamlead").when().post(PATH + "/" + id + "/accept").then().statusCode(409);
        as("harstad.teamlead").queryParam("size", 200).when().get(PATH + "/incoming").then().statusCode(200).body("items.id", not(hasItem(id)));
        as("harstad.teamlead").queryParam("answered", true).queryParam("size", 200).when().get(PATH + "/incoming").then().statusCode(200).body("items.id", not(hasItem(id)));

        // Her follow-up in Asker closes while an offer is open: the offer cannot be carried out, nor a new one made.
        String open = as("asker.coordinator").body(offer(person, "harstad", "\"plan\"")).when().post(PATH).then().statusCode(201).extract().path("id");
        KafkaProbe.send(Topics.PARTICIPANTS_PARTICIPANT_V1, person, """
                {"eventId": "%s", "eventType": "ParticipantClosed", "eventVersion": 1, "occurredAt": "%s", "municipalityId": "asker",
                 "aggregateId": "%s", "actor": {"type": "system", "subject": "referrals-test"}, "traceparent": null,
                 "payload": {"participantId": "%s", "reason": "closed", "movedToMunicipalityId": null}}"""
                .formatted(java.util.UUID.randomUUID(), java.time.Instant.now(), person, person));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as("harstad.teamlead")
                .when().post(PATH + "/" + open + "/accept").then().statusCode(409).body("type", equalTo("urn:helhet:problem:participant-not-active")));
    }
}
