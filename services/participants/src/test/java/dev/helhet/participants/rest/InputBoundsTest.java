package dev.helhet.participants.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static dev.helhet.participants.rest.Api.register;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Bad input is a 400 problem naming what is wrong, never a 500 and never stored: control characters, dates and
 * instants out of range, pages beyond reach, values of the wrong type, bodies that are not one strict JSON value.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class InputBoundsTest {

    @Test
    void textWithControlCharactersIsRefusedInBodiesAndParameters() {
        refused(asker().body("{\"name\": \"Amina\\u0000Hassan\"}").when().post(PARTICIPANTS), "name", "control-character");
        refused(asker().body("{\"name\": \"x\", \"whatMattersToMe\": \"Jobb\\u001b[31m\"}").when().post(PARTICIPANTS),
                "whatMattersToMe", "control-character");
        refused(asker().body("{\"name\": \"x\", \"contact\": {\"address\": \"Storgata 1\\u0000\"}}").when().post(PARTICIPANTS),
                "contact.address", "control-character");
        refused(asker().queryParam("q", "Ami\u0000na").when().get(PARTICIPANTS), "q", "control-character");
        // Newline and tab belong in free text.
        asker().body("{\"name\": \"Fri Tekst\", \"whatMattersToMe\": \"Jobb\\n\\tog norskkurs\"}").when().post(PARTICIPANTS)
                .then().statusCode(201).body("whatMattersToMe", equalTo("Jobb\n\tog norskkurs"));
    }

    @Test
    void noTextLongerThanTheLongestFieldIsReadAtAll() {
        // Whatever the field's own size limit, the reader stops at InputBounds.MAX_TEXT_LENGTH (what the OpenAPI declares).
        refused(asker().body("{\"name\": \"x\", \"whatMattersToMe\": \"" + "a".repeat(20_001) + "\"}").when().post(PARTICIPANTS),
                "whatMattersToMe", "too-long");
    }

    @Test
    void datesAndInstantsOutsideTheRangeAreRefusedNotStoredAsYear4458470() {
        refused(asker().body("{\"name\": \"x\", \"dateOfBirth\": \"-999999999-01-01\"}").when().post(PARTICIPANTS), "dateOfBirth", null);
        refused(asker().body("{\"name\": \"x\", \"dateOfBirth\": \"1899-12-31\"}").when().post(PARTICIPANTS), "dateOfBirth", "out-of-range");
        refused(asker().body("{\"name\": \"x\", \"dateOfBirth\": 12345}").when().post(PARTICIPANTS), "dateOfBirth", "wrong-type");
        String id = register("Dato Grense");
        refused(asker().body("{\"programme\": \"introduction-programme\", \"startDate\": \"+999999999-12-31\", \"settlementDate\": \"2026-01-20\"}")
                .when().post(PARTICIPANTS + "/" + id + "/programmes"), "startDate", null);
        refused(asker().body("""
                {"receiver": {"type": "team"}, "categories": ["basic"], "purpose": "x", "validTo": "+999999999-01-01T00:00:00Z",
                 "recordedHow": "verbal"}""").when().post(PARTICIPANTS + "/" + id + "/consents"), "validTo", null);
        refused(asker().body("""
                {"receiver": {"type": "team"}, "categories": ["basic"], "purpose": "x", "validTo": 1893456000, "recordedHow": "verbal"}""")
                .when().post(PARTICIPANTS + "/" + id + "/consents"), "validTo", "wrong-type");
        refused(Api.as("asker.admin").queryParam("from", "bad").when().get(PARTICIPANTS + "/access-log"), "from", "wrong-type");
        refused(Api.as("asker.admin").queryParam("from", "+999999999-01-01T00:00:00Z").when().get(PARTICIPANTS + "/access-log"),
                "from", "out-of-range");
        asker().when().get(PARTICIPANTS + "/" + id + "/programmes").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void pagesAndIdsThatCannotBeReadAreA400NotA404OrA500() {
        refused(asker().queryParam("page", Integer.MAX_VALUE).when().get(PARTICIPANTS), "page", "max");
        refused(asker().queryParam("page", "abc").when().get(PARTICIPANTS), "page", "wrong-type");
        refused(asker().queryParam("size", "1e3").when().get(PARTICIPANTS), "size", "wrong-type");
        refused(Api.as("asker.admin").queryParam("page", Integer.MAX_VALUE).when().get(PARTICIPANTS + "/access-log"), "page", "max");
        refused(asker().when().get(PARTICIPANTS + "/0b6a3c52-6f0e-4a43-8d1e"), "id", "wrong-type");
        refused(asker().when().get(PARTICIPANTS + "/1-2-3-4-5/consents"), "participantId", "wrong-type");
        asker().queryParam("page", 10_000).when().get(PARTICIPANTS).then().statusCode(200);
    }

    @Test
    void aBodyIsOneStrictJsonValue() {
        asker().body("{\"name\": \"Etterslep\"} garbage").when().post(PARTICIPANTS)
                .then().statusCode(400).body("type", equalTo("urn:helhet:problem:malformed-json"));
        asker().body("{\"name\": \"En\"} {\"name\": \"To\"}").when().post(PARTICIPANTS)
                .then().statusCode(400).body("type", equalTo("urn:helhet:problem:malformed-json"));
        asker().body("{\"name\": \"En\", \"name\": \"To\"}").when().post(PARTICIPANTS)
                .then().statusCode(400).body("type", equalTo("urn:helhet:problem:malformed-json"));
        refused(asker().body("{\"name\": 123}").when().post(PARTICIPANTS), "name", "wrong-type");
        refused(asker().body("{\"name\": \"x\", \"interpreterNeeded\": \"yes\"}").when().post(PARTICIPANTS), "interpreterNeeded", null);
        refused(asker().body("{\"name\": \"x\", \"nationalId\": {\"country\": 0, \"number\": \"15039410017\"}}").when().post(PARTICIPANTS),
                "nationalId.country", null);
        asker().queryParam("q", "Etterslep").when().get(PARTICIPANTS).then().statusCode(200).body("total", equalTo(0));
    }

    private static void refused(io.restassured.response.Response answer, String field, String code) {
        ValidatableResponse refusal = answer.then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:validation"))
                .body("errors[0].field", equalTo(field))
                .body("detail", not(startsWith("java")));
        if (code != null) {
            refusal.body("errors[0].code", equalTo(code));
        }
    }
}
