package dev.helhet.participants.rest;

import dev.helhet.participants.domain.nationalid.IdentityNumbers;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The person's own access follows their identity number, so the number never changes by an edit: adding or
 * changing it is an audited act of their coordinator or the municipality admin, with a reason the person reads.
 * A number registered already is refused without naming a record the caller may not see.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class IdentityNumberTest {

    /** The demo person nora.nilsen's fødselsnummer (the pid attribute in local/keycloak/helhet-realm.json). */
    private static final String NORA = "01029010036";
    /** A valid fødselsnummer nobody signs in with. */
    private static final String SOMEONE_ELSE = IdentityNumbers.uniqueNorwegian();

    @Test
    void theNumberIsNeverChangedByEditingThePerson() {
        String id = Api.register("Nora Nilsen");
        long version = asker().when().get(PARTICIPANTS + "/" + id).then().extract().jsonPath().getLong("version");
        asker().body("{\"name\": \"Nora Nilsen\", \"version\": %d, \"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}"
                        .formatted(version, NORA))
                .when().put(PARTICIPANTS + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("nationalId")).body("errors[0].code", equalTo("change-separately"));
        // The partner system registers and reads; it corrects nobody.
        given().auth().oauth2(Tokens.partner()).contentType("application/json")
                .body("{\"name\": \"Nora Nilsen\", \"version\": %d}".formatted(version))
                .when().put(PARTICIPANTS + "/" + id).then().statusCode(403);
        Api.as("nora.nilsen").when().get(PARTICIPANTS + "/me").then().statusCode(404);
    }

    @Test
    void theCoordinatorAddsTheNumberWithAReasonAndThePersonSeesWhoDidWhyAndWhen() {
        String id = Api.register("Nora Nilsen");
        String change = "{\"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}, \"reason\": \"Fikk fødselsnummer fra Folkeregisteret\"}";
        Api.as("asker.professional").body(change.formatted(NORA)).when().put(PARTICIPANTS + "/" + id + "/national-id").then().statusCode(403);
        given().auth().oauth2(Tokens.partner()).contentType("application/json").body(change.formatted(NORA))
                .when().put(PARTICIPANTS + "/" + id + "/national-id").then().statusCode(403);
        asker().body("{\"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}".formatted(NORA))
                .when().put(PARTICIPANTS + "/" + id + "/national-id").then().statusCode(400).body("errors[0].field", equalTo("reason"));

        asker().body(change.formatted(NORA)).when().put(PARTICIPANTS + "/" + id + "/national-id")
                .then().statusCode(200)
                .body("participantId", equalTo(id))
                .body("previousMasked", nullValue())
                .body("newMasked", equalTo("010290*****"))
                .body("reason", equalTo("Fikk fødselsnummer fra Folkeregisteret"))
                .body("changedBy", equalTo(Tokens.subject("asker.coordinator")))
                .body(not(org.hamcrest.Matchers.containsString(NORA)));

        Api.as("nora.nilsen").when().get(PARTICIPANTS + "/me").then().statusCode(200)
                .body("records[0].participant.id", equalTo(id))
                .body("records[0].identityChanges[0].reason", equalTo("Fikk fødselsnummer fra Folkeregisteret"))
                .body("records[0].identityChanges[0].changedBy", equalTo(Tokens.subject("asker.coordinator")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as("nora.nilsen").queryParam("size", 200).when().get(PARTICIPANTS + "/me/access-log")
                .then().statusCode(200)
                .body("items.find { it.action == 'change-national-id' }.purpose", equalTo("Fikk fødselsnummer fra Folkeregisteret")));

        // Changing it again moves her own access with it — again only by this act, and she is told why.
        asker().body(change.formatted(NORA)).when().put(PARTICIPANTS + "/" + id + "/national-id")
                .then().statusCode(400).body("errors[0].code", equalTo("unchanged"));
        Api.as("asker.admin").body("{\"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}, \"reason\": \"Feil i registreringen\"}"
                        .formatted(SOMEONE_ELSE))
                .when().put(PARTICIPANTS + "/" + id + "/national-id")
                .then().statusCode(200).body("previousMasked", equalTo("010290*****")).body("newMasked", equalTo(SOMEONE_ELSE.substring(0, 6) + "*****"))
                .body("$", not(org.hamcrest.Matchers.hasKey("name")));
        // The number's holder is told where it was taken off, and when — not why: the record may be someone else's.
        Api.as("nora.nilsen").when().get(PARTICIPANTS + "/me").then().statusCode(404)
                .body("type", equalTo("urn:helhet:problem:not-registered"))
                .body("removedFrom[0].municipalityId", equalTo("asker"))
                .body(not(org.hamcrest.Matchers.containsString("Feil i registreringen")));
        Api.as("asker.admin").when().get(PARTICIPANTS + "/" + id).then().statusCode(403);
    }

    @Test
    void aNumberRegisteredAlreadyIsRefusedWithoutNamingARecordTheCallerMayNotSee() {
        String number = IdentityNumbers.uniqueNorwegian();
        String byProfessional = Api.as("asker.professional")
                .body("{\"name\": \"Registrert Av NAV\", \"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}".formatted(number))
                .when().post(PARTICIPANTS).then().statusCode(201).extract().path("id");
        String again = "{\"name\": \"Samme Person\", \"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}".formatted(number);
        asker().body(again).when().post(PARTICIPANTS)
                .then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:already-registered"))
                .body("existingParticipantId", nullValue())
                .body(not(org.hamcrest.Matchers.containsString(byProfessional)));
        Api.as("asker.professional").body(again).when().post(PARTICIPANTS)
                .then().statusCode(409).body("existingParticipantId", equalTo(byProfessional));
        Api.as("asker.teamlead").body(again).when().post(PARTICIPANTS)
                .then().statusCode(409).body("existingParticipantId", equalTo(byProfessional));
        // The attempt is in the person's access log, for the team lead and whoever is responsible to see.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Api.as("asker.teamlead").when()
                .get(PARTICIPANTS + "/" + byProfessional + "/access-log").then().statusCode(200)
                .body("items.action", hasItem("register-duplicate")));
    }
}
