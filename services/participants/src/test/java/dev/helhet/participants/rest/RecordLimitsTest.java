package dev.helhet.participants.rest;

import dev.helhet.participants.domain.RecordLimits;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static dev.helhet.participants.rest.Api.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A record holds at most what the OpenAPI document promises; one more is refused with 409 limit-reached and not stored. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class RecordLimitsTest {

    @Test
    void theNetworkHoldsFiftyPeopleAndRefusesTheNext() {
        String network = PARTICIPANTS + "/" + register("Nina Nettverksgrense") + "/network";
        for (int person = 0; person < RecordLimits.NETWORK_PERSONS; person++) {
            asker().body("{\"name\": \"Venn %d\", \"relation\": \"venn\"}".formatted(person)).when().post(network).then().statusCode(201);
        }
        asker().body("{\"name\": \"En for mye\", \"relation\": \"venn\"}").when().post(network).then().statusCode(409)
                .body("type", equalTo("urn:helhet:problem:limit-reached")).body("detail", containsString("at most 50"));
        asker().queryParam("size", 200).when().get(network).then().statusCode(200).body("total", equalTo(RecordLimits.NETWORK_PERSONS));
    }

    @Test
    void anEnrolmentIsExtendedTwentyTimesAtMost() {
        String programmes = PARTICIPANTS + "/" + register("Erik Forlengelse") + "/programmes";
        String enrolment = asker().body("{\"programme\": \"youth-follow-up\", \"startDate\": \"2026-01-05\", \"plannedEndDate\": \"2026-06-30\"}")
                .when().post(programmes).then().statusCode(201).extract().path("id");
        LocalDate end = LocalDate.of(2026, 6, 30);
        for (int extension = 1; extension <= RecordLimits.EXTENSIONS_PER_ENROLMENT + 1; extension++) {
            int status = extension <= RecordLimits.EXTENSIONS_PER_ENROLMENT ? 200 : 409;
            asker().body("{\"plannedEndDate\": \"%s\", \"reason\": \"Forlenget %d\"}".formatted(end.plusMonths(extension), extension))
                    .when().post(programmes + "/" + enrolment + "/extensions").then().statusCode(status);
        }
        asker().when().get(programmes).then().statusCode(200)
                .body("items[0].extensions", hasSize(RecordLimits.EXTENSIONS_PER_ENROLMENT))
                .body("items[0].plannedEndDate", equalTo(end.plusMonths(RecordLimits.EXTENSIONS_PER_ENROLMENT).toString()));
    }
}
