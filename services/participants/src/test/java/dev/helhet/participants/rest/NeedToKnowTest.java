package dev.helhet.participants.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static dev.helhet.participants.rest.Api.register;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Need-to-know in the service that owns the data, from its own projections of the coordinators'
 * events and its own consents: team membership admitted by consent (and closed by a revocation at
 * once), deputies, consent per information category; and the access log every read ends up in,
 * which the application's database role cannot alter.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class NeedToKnowTest {

    private static final Duration EVENTS = Duration.ofSeconds(20);

    @Test
    void aMemberFromAnotherOrganisationSeesThePersonOnlyWhileTheirConsentIsInEffect() {
        CareEvents.organisations();
        String id = register("Nadia Karimi");
        String adviser = CareEvents.professional("asker.professional", CareEvents.NAV);
        String coordinator = CareEvents.professional("asker.coordinator", CareEvents.REFUGEE_SERVICE);
        Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id).then().statusCode(404);

        CareEvents.coordinator(id, coordinator, CareEvents.REFUGEE_SERVICE);
        String consent = grant(id, CareEvents.NAV, "\"basic\"");
        CareEvents.member(id, adviser, CareEvents.NAV);
        await().atMost(EVENTS).untilAsserted(() -> Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id).then().statusCode(200));
        Api.as("asker.professional").queryParam("size", 200).when().get(PARTICIPANTS).then().body("items.id", hasItem(id));
        // Exporting is a coordinator's function: refused by role (403), whoever the person is.
        Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id + "/export").then().statusCode(403);

        // Revoked here, enforced here in the same transaction: the very next read is refused, with no event in between.
        asker().body("{\"reason\": \"Vil ikke lenger dele med NAV\"}").when().post(PARTICIPANTS + "/" + id + "/consents/" + consent + "/revoke")
                .then().statusCode(200);
        Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id).then().statusCode(404);
        Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id + "/network").then().statusCode(404);
        Api.as("asker.professional").queryParam("size", 200).when().get(PARTICIPANTS).then().body("items.id", not(hasItem(id)));
        asker().when().get(PARTICIPANTS + "/" + id).then().statusCode(200);
    }

    @Test
    void aMemberOfTheCoordinatorsOwnOrganisationNeedsNoConsent() {
        CareEvents.organisations();
        String id = register("Omar Farah");
        String colleague = CareEvents.professional("asker.professional", CareEvents.REFUGEE_SERVICE);
        CareEvents.coordinator(id, CareEvents.professional("asker.coordinator", CareEvents.REFUGEE_SERVICE), CareEvents.REFUGEE_SERVICE);
        CareEvents.member(id, colleague, CareEvents.REFUGEE_SERVICE);
        await().atMost(EVENTS).untilAsserted(() -> Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id).then().statusCode(200));
    }

    @Test
    void consentDecidesWhichProgrammesAMemberFromAnotherOrganisationSees() {
        CareEvents.organisations();
        String id = register("Samir Haddad");
        asker().body("{\"programme\": \"social-assistance-follow-up\", \"startDate\": \"2026-03-01\"}")
                .when().post(PARTICIPANTS + "/" + id + "/programmes").then().statusCode(201);
        asker().body("{\"programme\": \"introduction-programme\", \"startDate\": \"2026-02-01\", \"settlementDate\": \"2026-01-20\"}")
                .when().post(PARTICIPANTS + "/" + id + "/programmes").then().statusCode(201);
        String adviser = CareEvents.professional("asker.professional", CareEvents.NAV);
        CareEvents.coordinator(id, CareEvents.professional("asker.coordinator", CareEvents.REFUGEE_SERVICE), CareEvents.REFUGEE_SERVICE);
        CareEvents.member(id, adviser, CareEvents.NAV);
        grant(id, CareEvents.NAV, "\"basic\", \"education\"");
        await().atMost(EVENTS).untilAsserted(() -> Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id + "/programmes")
                .then().statusCode(200).body("items.programme", equalTo(List.of("introduction-programme"))));
        grant(id, CareEvents.NAV, "\"economy\"");
        Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id + "/programmes").then()
                .body("items.programme.size()", equalTo(2));
        asker().when().get(PARTICIPANTS + "/" + id + "/programmes").then().body("items.programme.size()", equalTo(2));
    }

    @Test
    void theDeputySeesThePeopleOfAnAbsentCoordinator() {
        String id = register("Leila Omar");
        String coordinator = CareEvents.professional("asker.teamlead", CareEvents.REFUGEE_SERVICE);
        String deputy = CareEvents.professional("asker.professional", CareEvents.NAV);
        CareEvents.coordinator(id, coordinator, CareEvents.REFUGEE_SERVICE);
        String absence = CareEvents.absence(coordinator, deputy, LocalDate.now().minusDays(1), LocalDate.now().plusDays(2));
        await().atMost(EVENTS).untilAsserted(() -> Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id).then().statusCode(200));
        Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id + "/consents").then().statusCode(200);
        CareEvents.absenceCancelled(absence, coordinator);
        await().atMost(EVENTS).untilAsserted(() -> Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id).then().statusCode(404));
        // Once someone coordinates the person, the caseworker who registered them no longer sees them by that alone.
        asker().when().get(PARTICIPANTS + "/" + id).then().statusCode(404);
    }

    @Test
    void readsEndUpInTheAccessLogWhichTheApplicationCannotAlter() {
        CareEvents.organisations();
        String id = register("Yara Mansour");
        Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id).then().statusCode(404);
        String adviser = CareEvents.professional("asker.professional", CareEvents.NAV);
        grant(id, CareEvents.NAV, "\"basic\"");
        CareEvents.member(id, adviser, CareEvents.NAV);
        await().atMost(EVENTS).untilAsserted(() -> Api.as("asker.professional").when().get(PARTICIPANTS + "/" + id).then().statusCode(200));

        await().atMost(EVENTS).untilAsserted(() -> asker().queryParam("size", 200).when().get(PARTICIPANTS + "/" + id + "/access-log").then().statusCode(200)
                .body("items.find { it.actorRoles.contains('professional') && it.outcome == 'permitted' }.action", equalTo("read"))
                .body("items.find { it.actorRoles.contains('professional') && it.outcome == 'permitted' }.service", equalTo("participants"))
                .body("items.find { it.actorRoles.contains('professional') && it.outcome == 'denied' }.action", equalTo("read")));
        given().auth().oauth2(Tokens.user("asker.admin")).queryParam("participantId", id).queryParam("size", 200).when().get(PARTICIPANTS + "/access-log")
                .then().statusCode(200).body("items.participantId", hasItem(id));
        Api.as("asker.professional").when().get(PARTICIPANTS + "/access-log").then().statusCode(403);

        for (String change : List.of("update access_log set purpose = 'changed'", "delete from access_log", "truncate access_log")) {
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ServiceBasics.execute("participants", change));
            org.hamcrest.MatcherAssert.assertThat(refused.getMessage(), containsString("access_log"));
        }
        verification().body("intact", equalTo(true));

        // Someone with the database server itself can alter an entry, but the chain shows where.
        String tamper = "set session_replication_role = replica; update access_log set purpose = '%s' where chain_position = 1;"
                + " set session_replication_role = origin";
        ServiceBasics.executeAsSuperuser("participants", tamper.formatted("tampered"));
        verification().body("intact", equalTo(false)).body("firstBrokenPosition", equalTo(1));
        ServiceBasics.executeAsSuperuser("participants", "set session_replication_role = replica; update access_log set purpose = null"
                + " where chain_position = 1 and purpose = 'tampered'; set session_replication_role = origin");
        verification().body("intact", equalTo(true));
    }

    private static io.restassured.response.ValidatableResponse verification() {
        return given().auth().oauth2(Tokens.user("asker.admin")).when().get(PARTICIPANTS + "/access-log/verification").then().statusCode(200);
    }

    /**
     * Records a consent as the coordinator. Their access moves from registrant to coordinator when the
     * assignment and their professional record arrive, on two topics in either order: in between,
     * the service answers 404 and nothing is stored, so the call is repeated until it is accepted. Answers the consent's id.
     */
    private static String grant(String participant, String organisation, String categories) {
        String consent = """
                {"receiver": {"type": "organisation", "organisationId": "%s"}, "categories": [%s], "purpose": "Samarbeid",
                 "validTo": "%s", "recordedHow": "signed-form"}""".formatted(organisation, categories, Instant.now().plus(90, ChronoUnit.DAYS));
        String[] id = new String[1];
        await().atMost(EVENTS).until(() -> {
            var answer = asker().body(consent).contentType(ContentType.JSON).when().post(PARTICIPANTS + "/" + participant + "/consents");
            if (answer.statusCode() != 201) {
                return false;
            }
            id[0] = answer.path("id");
            return true;
        });
        return id[0];
    }
}
