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

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static dev.helhet.participants.rest.Api.register;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Enrolling, extending and ending programmes, with the introduction programme's settlement rule and the events. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ProgrammeResourceTest {

    @Test
    void followsAnIntroductionProgrammeFromEnrolmentThroughExtensionToItsEnd() {
        String id = register("Ahmad Karimi");
        String programmes = PARTICIPANTS + "/" + id + "/programmes";
        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_PARTICIPANT_V1)) {
            String enrolment = asker().body("""
                            {"programme": "introduction-programme", "startDate": "2026-05-04",
                             "plannedEndDate": "2028-05-03", "settlementDate": "2026-01-15"}""")
                    .when().post(programmes)
                    .then().statusCode(201)
                    .body("lateStart", equalTo(true))
                    .body("status", equalTo("open"))
                    .extract().path("id");
            KafkaProbe.Received enrolled = topic.await(r -> r.eventType().equals("ProgrammeEnrolled") && id.equals(r.key()),
                    Duration.ofSeconds(15)).orElseThrow();
            assertEquals(true, enrolled.envelope().at("/payload/lateStart").asBoolean());
            assertEquals("2026-01-15", enrolled.envelope().at("/payload/settlementDate").asText());

            asker().body("{\"plannedEndDate\": \"2028-11-01\", \"reason\": \"Permisjon ved fødsel\"}")
                    .when().post(programmes + "/" + enrolment + "/extensions")
                    .then().statusCode(200)
                    .body("plannedEndDate", equalTo("2028-11-01"))
                    .body("extensions", hasSize(1))
                    .body("extensions[0].previousPlannedEnd", equalTo("2028-05-03"));
            assertEquals("2028-11-01", topic.await(r -> r.eventType().equals("ProgrammeExtended") && id.equals(r.key()),
                    Duration.ofSeconds(15)).orElseThrow().envelope().at("/payload/plannedEndDate").asText());

            asker().body("{\"endDate\": \"2027-12-15\"}").when().post(programmes + "/" + enrolment + "/end")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("reason"))
                    .body("errors[0].message", equalTo("an end reason is required"));
            asker().body("{\"endDate\": \"2027-12-15\", \"reason\": \"retired\"}").when().post(programmes + "/" + enrolment + "/end")
                    .then().statusCode(400)
                    .body("errors[0].field", equalTo("reason"))
                    .body("errors[0].message", equalTo("must be one of work, education, work-and-education, other-programme, moved,"
                            + " health, parental-leave, other"));
            asker().body("{\"endDate\": \"2027-12-15\", \"reason\": \"work\", \"note\": \"Fast stilling\"}")
                    .when().post(programmes + "/" + enrolment + "/end")
                    .then().statusCode(200)
                    .body("status", equalTo("ended"))
                    .body("endReason", equalTo("work"));
            KafkaProbe.Received ended = topic.await(r -> r.eventType().equals("ProgrammeEnded") && id.equals(r.key()),
                    Duration.ofSeconds(15)).orElseThrow();
            assertEquals("work", ended.envelope().at("/payload/reason").asText());
            assertEquals("introduction-programme", ended.envelope().at("/payload/programme").asText());
        }
        asker().body("{\"endDate\": \"2027-12-16\", \"reason\": \"work\"}").when().post(programmes + "/" +
                        asker().when().get(programmes).then().extract().path("items[0].id") + "/end")
                .then().statusCode(409).body("type", equalTo("urn:helhet:problem:programme-ended"));
        asker().when().get(programmes).then().statusCode(200)
                .body("items[0].actualEndDate", equalTo("2027-12-15"))
                .body("items[0].extensions[0].reason", equalTo("Permisjon ved fødsel"));
    }

    @Test
    void appliesTheProgrammeRules() {
        String id = register("Maryam Sadiq");
        String programmes = PARTICIPANTS + "/" + id + "/programmes";
        asker().body("{\"programme\": \"introduction-programme\", \"startDate\": \"2026-02-01\"}").when().post(programmes)
                .then().statusCode(400).body("errors[0].field", equalTo("settlementDate")).body("errors[0].code", equalTo("required"));
        asker().body("{\"programme\": \"youth-follow-up\", \"startDate\": \"2026-02-01\", \"settlementDate\": \"2026-01-01\"}")
                .when().post(programmes)
                .then().statusCode(400).body("errors[0].field", equalTo("settlementDate"));
        asker().body("{\"programme\": \"youth-follow-up\", \"startDate\": \"2026-02-01\", \"plannedEndDate\": \"2026-01-01\"}")
                .when().post(programmes)
                .then().statusCode(400).body("errors[0].field", equalTo("plannedEndDate"));
        asker().body("{\"programme\": \"mentoring\", \"startDate\": \"2026-02-01\"}").when().post(programmes)
                .then().statusCode(400).body("errors[0].field", equalTo("programme"));
        asker().body("{\"programme\": \"introduction-programme\", \"startDate\": \"2026-02-01\", \"settlementDate\": \"2026-01-20\"}")
                .when().post(programmes)
                .then().statusCode(201).body("lateStart", equalTo(false));
        asker().body("{\"programme\": \"introduction-programme\", \"startDate\": \"2026-03-01\", \"settlementDate\": \"2026-01-20\"}")
                .when().post(programmes)
                .then().statusCode(409).body("type", equalTo("urn:helhet:problem:already-enrolled"));
        String enrolment = asker().when().get(programmes).then().extract().path("items[0].id");
        asker().body("{\"plannedEndDate\": \"2026-01-01\", \"reason\": \"x\"}").when().post(programmes + "/" + enrolment + "/extensions")
                .then().statusCode(400).body("errors[0].code", equalTo("not-later"));
        asker().body("{\"endDate\": \"2025-12-31\", \"reason\": \"health\"}").when().post(programmes + "/" + enrolment + "/end")
                .then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        asker().body("{\"plannedEndDate\": \"2027-01-01\", \"reason\": \"x\"}")
                .when().post(programmes + "/00000000-0000-4000-8000-000000000000/extensions")
                .then().statusCode(404);
    }
}
