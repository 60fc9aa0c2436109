package dev.helhet.referrals.rest;

import dev.helhet.testing.CareTopics;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.Tokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.helhet.testing.SafeRetries.assertSafeToRetry;
import static io.restassured.RestAssured.given;

/** Every creating operation of the referrals API is safe to retry with an Idempotency-Key (docs/adr/0038). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "referrals"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class IdempotencyTest {

    private static final String REFERRALS = "/api/v1/referrals";
    private static final String SERVICES = REFERRALS + "/services";

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    private static String service(String organisation, String name) {
        return """
                {"organisationId": "%s", "name": "%s", "languages": ["nb"], "lifeAreas": ["language"], "waitingDays": 14,
                 "servedMunicipalityIds": ["asker"]}""".formatted(organisation, name);
    }

    @Test
    void registeringADirectoryServiceAgainRegistersItOnce() {
        String provider = CareTopics.named("Gjentatt voksenopplæring", "asker");
        assertSafeToRetry(() -> as("asker.admin"), SERVICES, service(provider, "Norsk gjentatt"), service(provider, "Norsk annet"),
                () -> {
                    List<String> names = as("asker.admin").queryParam("q", "gjentatt").queryParam("size", 200).when().get(SERVICES).then().statusCode(200).extract().path("items.name");
                    return (int) names.stream().filter("Norsk gjentatt"::equals).count();
                });
    }

    @Test
    void sendingAReferralAgainSendsItOnce() {
        CareTopics.Team team = CareTopics.team();
        String provider = CareTopics.named("Voksenopplæringen Gjentatt", "asker");
        String service = as("asker.admin").body(service(provider, "Norsk på kveldstid")).when().post(SERVICES)
                .then().statusCode(201).extract().path("id");
        String referral = """
                {"participantId": "%s", "serviceId": "%s", "fromOrganisationId": "%s", "reason": "%s", "categories": ["education"],
                 "send": false, "handover": {"summary": "Har fullført A2"}}""";
        assertSafeToRetry(() -> as("asker.coordinator"), REFERRALS,
                referral.formatted(team.person(), service, CareTopics.REFUGEE_SERVICE, "Ønsker norsk på kveldstid"),
                referral.formatted(team.person(), service, CareTopics.REFUGEE_SERVICE, "Ønsker norsk på dagtid"),
                () -> as("asker.coordinator").queryParam("participantId", team.person()).queryParam("size", 200).when().get(REFERRALS)
                        .then().statusCode(200).extract().path("items.size()"));
    }

    @Test
    void offeringATransferAgainOffersItOnce() {
        CareTopics.named("Integreringsenheten Harstad (gjentatt)", "harstad");
        String person = CareTopics.team().person();
        String offer = """
                {"participantId": "%s", "toMunicipalityId": "harstad", "categories": [%s], "consentRecordedHow": "signed-form",
                 "handover": {"summary": "Har fullført A2"}}""";
        assertSafeToRetry(() -> as("asker.coordinator"), REFERRALS + "/transfers", offer.formatted(person, "\"plan\""),
                offer.formatted(person, "\"plan\", \"education\""),
                () -> as("asker.coordinator").queryParam("participantId", person).queryParam("size", 200).when().get(REFERRALS + "/transfers")
                        .then().statusCode(200).extract().path("items.size()"));
    }
}
