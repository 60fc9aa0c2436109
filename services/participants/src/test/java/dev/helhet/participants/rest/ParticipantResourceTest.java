package dev.helhet.participants.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.participants.domain.nationalid.IdentityNumbers;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static dev.helhet.participants.rest.Api.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Registering, reading, correcting, moving and closing people over HTTP, with real Keycloak, PostgreSQL and Kafka. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class ParticipantResourceTest {

    @Test
    void registersAPersonWithEverythingAndPublishesNoPersonalData() {
        String number = IdentityNumbers.uniqueNorwegian();
        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_PARTICIPANT_V1)) {
            String id = asker().body("""
                            {"name": "  Amina Hassan ", "preferredLanguages": ["so", "nb"], "interpreterNeeded": true,
                             "interpreterLanguage": "so", "contact": {"phone": "+47 912 34 567", "email": "amina@example.org",
                             "address": "Storgata 1, 1384 Asker"}, "dateOfBirth": "1994-03-15",
                             "whatMattersToMe": "Å få jobb som helsefagarbeider",
                             "nationalId": {"country": "NO", "number": "%s"},
                             "municipalityId": "harstad", "id": "00000000-0000-0000-0000-000000000001", "status": "closed"}
                            """.formatted(number))
                    .when().post(PARTICIPANTS)
                    .then().statusCode(201)
                    .header("Location", containsString(PARTICIPANTS + "/"))
                    .body("name", equalTo("Amina Hassan"))
                    .body("municipalityId", equalTo("asker"))
                    .body("status", equalTo("active"))
                    .body("id", not(equalTo("00000000-0000-0000-0000-000000000001")))
                    .body("nationalId.kind", equalTo("fodselsnummer"))
                    .body("nationalId.masked", equalTo(number.substring(0, 6) + "*****"))
                    .body("nationalId.number", nullValue())
                    .extract().path("id");

            asker().when().get(PARTICIPANTS + "/" + id)
                    .then().statusCode(200)
                    .body("preferredLanguages", equalTo(java.util.List.of("so", "nb")))
                    .body("interpreterNeeded", equalTo(true))
                    .body("contact.email", equalTo("amina@example.org"))
                    .body("dateOfBirth", equalTo("1994-03-15"))
                    .body("whatMattersToMe", equalTo("Å få jobb som helsefagarbeider"))
                    .body("nationalId.masked", equalTo(number.substring(0, 6) + "*****"))
                    .body(not(containsString(number)));

            KafkaProbe.Received event = topic.await(received -> id.equals(received.key()), Duration.ofSeconds(15))
                    .orElseThrow(() -> new AssertionError("ParticipantRegistered did not reach Kafka"));
            assertEquals("ParticipantRegistered", event.eventType());
            assertEquals("asker", event.envelope().get("municipalityId").asText());
            String value = event.record().value();
            for (String personal : new String[] {number, "Amina", "912 34", "amina@example.org", "Storgata", "1994-03-15"}) {
                assertFalse(value.contains(personal), "the event carries no personal data: " + personal);
            }
        }
    }

    @Test
    void refusesTheSameIdentityNumberTwiceInOneMunicipality() {
        String number = IdentityNumbers.uniqueNorwegian();
        String first = register("Omar Ali", number);
        asker().body("{\"name\": \"Omar A.\", \"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}".formatted(number))
                .when().post(PARTICIPANTS)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:already-registered"))
                .body("existingParticipantId", equalTo(first))
                .body(not(containsString(number)));

        // Another municipality may register the same person: each municipality is its own tenant.
        Api.harstad().body("{\"name\": \"Omar Ali\", \"nationalId\": {\"country\": \"NO\", \"number\": \"%s\"}}".formatted(number))
                .when().post(PARTICIPANTS)
                .then().statusCode(201);
    }

    @Test
    void explainsInvalidIdentityNumbersFieldByField() {
        String valid = IdentityNumbers.uniqueNorwegian();
        String checksum = valid.substring(0, 10) + ((valid.charAt(10) - '0' + 1) % 10);
        invalidNumber("NO", valid.substring(0, 10)).body("errors[0].code", equalTo("wrong-length"))
                .body("errors[0].message", containsString("11 digits"));
        invalidNumber("NO", checksum).body("errors[0].code", equalTo("checksum"));
        invalidNumber("NO", "32019912345").body("errors[0].code", equalTo("invalid-date"));
        invalidNumber("SE", "12345").body("errors[0].code", equalTo("wrong-length"));
        invalidNumber("DK", "310290-1234").body("errors[0].code", equalTo("invalid-date"));

        asker().body("{\"name\": \"X\", \"nationalId\": {\"country\": \"FI\", \"number\": \"010190-123A\"}}")
                .when().post(PARTICIPANTS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("nationalId.country"))
                .body("errors[0].message", containsString("NO, SE, DK"));
    }

    @Test
    void normalisesSwedishNumbersAndWarnsOnOldDanishChecks() {
        String swedish = IdentityNumbers.swedish(LocalDate.of(1988, 6, 9), "123");
        String id = asker().body("{\"name\": \"Sara Lind\", \"nationalId\": {\"country\": \"SE\", \"number\": \"%s\"}}".formatted(swedish))
                .when().post(PARTICIPANTS)
                .then().statusCode(201)
                .body("nationalId.masked", equalTo("19880609-****"))
                .body("nationalId.kind", equalTo("personnummer"))
                .extract().path("id");
        asker().body("{\"purpose\": \"Søknad til skole\"}").when().post(PARTICIPANTS + "/" + id + "/national-id/reveal")
                .then().statusCode(200)
                .body("number", equalTo("19" + swedish.replace("-", "")))
                .body("formatted", equalTo("19" + swedish));

        asker().body("{\"name\": \"Mads Holm\", \"nationalId\": {\"country\": \"DK\", \"number\": \"010190-0000\"}}")
                .when().post(PARTICIPANTS)
                .then().statusCode(201)
                .body("nationalId.kind", equalTo("cpr"))
                .body("nationalId.warnings[0]", containsString("modulus-11"));
    }

    @Test
    void revealsTheFullNumberOnlyOnRequestAndLogsIt() {
        String number = IdentityNumbers.uniqueNorwegian();
        String id = register("Yusuf Noor", number);
        asker().body("{\"purpose\": \"Søknad om skoleplass\"}")
                .when().post(PARTICIPANTS + "/" + id + "/national-id/reveal")
                .then().statusCode(200)
                .body("number", equalTo(number))
                .body("kind", equalTo("fodselsnummer"));
        asker().body("{}").when().post(PARTICIPANTS + "/" + id + "/national-id/reveal")
                .then().statusCode(400).body("errors[0].field", equalTo("purpose"));
        // Need-to-know: a professional who is not on the person's team does not see them at all.
        Api.as("asker.professional").body("{\"purpose\": \"Vedtak\"}")
                .when().post(PARTICIPANTS + "/" + id + "/national-id/reveal")
                .then().statusCode(404);
        given().auth().oauth2(dev.helhet.testing.Tokens.partner()).contentType(ContentType.JSON).body("{\"purpose\": \"sync\"}")
                .when().post(PARTICIPANTS + "/" + id + "/national-id/reveal")
                .then().statusCode(403);

        asker().when().get(PARTICIPANTS + "/" + id + "/export").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                asker().queryParam("size", 200).when().get(PARTICIPANTS + "/" + id + "/access-log").then().statusCode(200)
                        .body("items.action", hasItems("create", "reveal-national-id", "export"))
                        .body("items.findAll { it.action == 'reveal-national-id' && it.outcome == 'permitted' }.purpose", hasItems("Søknad om skoleplass"))
                        .body("items.find { it.action == 'reveal-national-id' && it.outcome == 'permitted' }.actorRoles", containsString("coordinator"))
                        .body("items.find { it.action == 'reveal-national-id' && it.outcome == 'denied' }.actorRoles", containsString("professional")));
        String withoutNumber = register("Uten Nummer");
        asker().body("{\"purpose\": \"x\"}").when().post(PARTICIPANTS + "/" + withoutNumber + "/national-id/reveal")
                .then().statusCode(404);
    }

    @Test
    void correctsDetailsWithOptimisticLockingAndPublishesWhatChanged() {
        String id = register("Lina Berg");
        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_PARTICIPANT_V1)) {
            asker().body("{\"name\": \"Lina Berg\", \"contact\": {\"phone\": \"+47 400 00 000\"}, \"interpreterNeeded\": true, \"version\": 0}")
                    .when().put(PARTICIPANTS + "/" + id)
                    .then().statusCode(200)
                    .body("contact.phone", equalTo("+47 400 00 000"))
                    .body("version", equalTo(1))
                    .body("updatedAt", notNullValue());
            KafkaProbe.Received event = topic.await(received -> id.equals(received.key())
                    && received.eventType().equals("ParticipantUpdated"), Duration.ofSeconds(15)).orElseThrow();
            assertEquals("[\"interpreter\",\"contact\"]", event.envelope().at("/payload/changedFields").toString());
            assertFalse(event.record().value().contains("400 00 000"));
        }
        asker().body("{\"name\": \"Lina B.\", \"version\": 0}").when().put(PARTICIPANTS + "/" + id)
                .then().statusCode(409).body("type", equalTo("urn:helhet:problem:stale-version"));
        asker().body("{\"name\": \"Lina B.\"}").when().put(PARTICIPANTS + "/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void findsPeopleByNameStatusAndProgrammeWithPaging() {
        String marker = "Søk" + System.nanoTime();
        String first = register(marker + " Anna");
        String second = register(marker + " Bertil");
        String third = register(marker + " Cecilie");
        asker().body("{\"programme\": \"youth-follow-up\", \"startDate\": \"2026-01-05\"}")
                .when().post(PARTICIPANTS + "/" + second + "/programmes").then().statusCode(201);
        asker().body("{\"reason\": \"Ønsker ikke videre oppfølging\"}").when().post(PARTICIPANTS + "/" + third + "/close")
                .then().statusCode(200);

        asker().queryParam("q", marker.toLowerCase()).queryParam("sort", "name").when().get(PARTICIPANTS)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", equalTo(java.util.List.of(first, second, third)));
        asker().queryParam("q", marker).queryParam("sort", "-name").queryParam("size", 2).queryParam("page", 1).when().get(PARTICIPANTS)
                .then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(first)))
                .body("total", equalTo(3));
        asker().queryParam("q", marker).queryParam("status", "closed").when().get(PARTICIPANTS)
                .then().body("items.id", equalTo(java.util.List.of(third)));
        asker().queryParam("q", marker).queryParam("programme", "youth-follow-up").when().get(PARTICIPANTS)
                .then().body("items.id", equalTo(java.util.List.of(second)))
                .body("items[0].currentProgrammes[0].programme", equalTo("youth-follow-up"));
        asker().queryParam("q", "%").when().get(PARTICIPANTS).then().statusCode(200).body("total", equalTo(0));

        asker().queryParam("status", "sleeping").when().get(PARTICIPANTS)
                .then().statusCode(400).body("errors[0].field", equalTo("status")).body("errors[0].code", equalTo("unknown-code"));
        asker().queryParam("sort", "dateOfBirth").when().get(PARTICIPANTS)
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        asker().queryParam("size", 100000).when().get(PARTICIPANTS)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void movesAndClosesWithTheirEvents() {
        String id = register("Hamid Rahimi");
        String enrolment = asker().body("{\"programme\": \"introduction-programme\", \"startDate\": \"2026-02-01\", \"settlementDate\": \"2026-01-10\"}")
                .when().post(PARTICIPANTS + "/" + id + "/programmes").then().statusCode(201).extract().path("id");
        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_PARTICIPANT_V1)) {
            asker().body("{\"movedToMunicipalityId\": \"harstad\"}").when().post(PARTICIPANTS + "/" + id + "/move")
                    .then().statusCode(200)
                    .body("status", equalTo("moved"))
                    .body("movedToMunicipalityId", equalTo("harstad"))
                    .body("currentProgrammes", hasSize(0));
            KafkaProbe.Received ended = topic.await(r -> r.eventType().equals("ProgrammeEnded") && id.equals(r.key()),
                    Duration.ofSeconds(15)).orElseThrow();
            assertEquals("moved", ended.envelope().at("/payload/reason").asText());
            assertEquals(enrolment, ended.envelope().at("/payload/enrolmentId").asText());
            KafkaProbe.Received closed = topic.await(r -> r.eventType().equals("ParticipantClosed") && id.equals(r.key()),
                    Duration.ofSeconds(15)).orElseThrow();
            assertEquals("moved", closed.envelope().at("/payload/reason").asText());
        }
        asker().body("{\"reason\": \"x\"}").when().post(PARTICIPANTS + "/" + id + "/close")
                .then().statusCode(409).body("type", equalTo("urn:helhet:problem:participant-not-active"));

        String open = register("Åpen Programdeltaker");
        asker().body("{\"programme\": \"other\", \"startDate\": \"2026-02-01\"}")
                .when().post(PARTICIPANTS + "/" + open + "/programmes").then().statusCode(201);
        asker().body("{\"reason\": \"Avsluttet\"}").when().post(PARTICIPANTS + "/" + open + "/close")
                .then().statusCode(409).body("type", equalTo("urn:helhet:problem:open-programmes"));
        Api.as("asker.professional").body("{\"reason\": \"x\"}").when().post(PARTICIPANTS + "/" + open + "/close")
                .then().statusCode(403);
    }

    @Test
    void explainsInvalidRequests() {
        asker().body("{\"name\": \"   \"}").when().post(PARTICIPANTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:validation"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].code", equalTo("not-blank"));
        asker().body("{\"name\": \"x\", \"contact\": {\"email\": \"not-an-address\"}, \"dateOfBirth\": \"2199-01-01\","
                        + " \"preferredLanguages\": [\"Somali\"]}")
                .when().post(PARTICIPANTS)
                .then().statusCode(400)
                .body("errors.field", hasItems("contact.email", "dateOfBirth", "preferredLanguages[0]"));
        asker().body("{\"name\": \"x\", \"dateOfBirth\": \"15.03.1994\"}").when().post(PARTICIPANTS)
                .then().statusCode(400)
                .body("errors[0].field", equalTo("dateOfBirth"))
                .body("errors[0].message", containsString("2001-12-31"));
        asker().body("{\"name\": \"x\", }").when().post(PARTICIPANTS)
                .then().statusCode(400).body("type", equalTo("urn:helhet:problem:malformed-json"));
        asker().body("{\"name\": [1, 2]}").when().post(PARTICIPANTS)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        asker().when().post(PARTICIPANTS)
                .then().statusCode(400).body("type", equalTo("urn:helhet:problem:validation"));
        given().auth().oauth2(dev.helhet.testing.Tokens.user("asker.coordinator")).contentType(ContentType.TEXT).body("name=x")
                .when().post(PARTICIPANTS)
                .then().statusCode(415).body("type", equalTo("urn:helhet:problem:unsupported-media-type"));
        asker().when().get(PARTICIPANTS + "/not-a-uuid")
                .then().statusCode(400).body("type", equalTo("urn:helhet:problem:validation")).body("errors[0].field", equalTo("id"));
        asker().when().delete(PARTICIPANTS)
                .then().statusCode(405).body("type", equalTo("urn:helhet:problem:method-not-allowed"));
        asker().body("{\"name\": \"" + "x".repeat(2_000_000) + "\"}").when().post(PARTICIPANTS)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:payload-too-large"));
        asker().queryParam("q", "x".repeat(9000)).when().get(PARTICIPANTS)
                .then().statusCode(414).contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:uri-too-long"));
    }

    @Test
    void aLocationIsAPathNoForwardedHeaderCanSteer() {
        // Straight at the service, as anyone inside the network could call it: forwarded headers are ignored.
        asker().header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https")
                .body("{\"name\": \"Lenke Sjekk\"}").when().post(PARTICIPANTS)
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern("/api/v1/participants/[0-9a-f-]{36}"));
    }

    @Test
    void refusesCallersWithoutTokenMunicipalityOrRole() {
        ServiceBasics.assertGuarded(PARTICIPANTS);
        for (String user : new String[] {"asker.admin", "amina.hassan"}) {
            Api.as(user).body("{\"name\": \"Not For You\"}").when().post(PARTICIPANTS)
                    .then().statusCode(403);
        }
        String id = register("Kun For Saksbehandlere");
        Api.as("amina.hassan").when().get(PARTICIPANTS + "/" + id).then().statusCode(403);
        Api.as("asker.admin").when().get(PARTICIPANTS + "/" + id).then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:forbidden"));
    }

    @Test
    void aMemberOfSeveralMunicipalitiesChoosesOne() {
        String both = dev.helhet.testing.Tokens.user("regional.coordinator", "openid organization:*");
        given().auth().oauth2(both).header("X-Helhet-Municipality", "harstad")
                .contentType(ContentType.JSON).body("{\"name\": \"Sara Nilsen\"}")
                .when().post(PARTICIPANTS)
                .then().statusCode(201)
                .body("municipalityId", equalTo("harstad"));
        given().auth().oauth2(dev.helhet.testing.Tokens.user("regional.coordinator", "openid organization:harstad"))
                .header("X-Helhet-Municipality", "asker")
                .when().get(PARTICIPANTS)
                .then().statusCode(403)
                .body("type", equalTo("urn:helhet:problem:municipality-not-permitted"));
        Api.harstad().body("{\"name\": \"Harstad Egen\"}").when().post(PARTICIPANTS).then().statusCode(201);
        Api.harstad().queryParam("size", 200).when().get(PARTICIPANTS)
                .then().statusCode(200)
                .body("items.municipalityId", everyItem(equalTo("harstad")))
                .body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void servesHealthMetricsAndOpenApiWithoutAToken() {
        ServiceBasics.assertOperational("Helhet participants API");
    }

    private static ValidatableResponse invalidNumber(String country, String number) {
        return asker().body("{\"name\": \"X\", \"nationalId\": {\"country\": \"%s\", \"number\": \"%s\"}}".formatted(country, number))
                .when().post(PARTICIPANTS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:helhet:problem:validation"))
                .body("errors[0].field", equalTo("nationalId.number"))
                .body(not(containsString(number.length() > 6 ? number : "nothing")));
    }
}
