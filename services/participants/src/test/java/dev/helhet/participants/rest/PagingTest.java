package dev.helhet.participants.rest;

import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static dev.helhet.participants.rest.Api.PARTICIPANTS;
import static dev.helhet.participants.rest.Api.asker;
import static dev.helhet.participants.rest.Api.register;
import static dev.helhet.testing.PagedLists.assertPaged;
import static dev.helhet.testing.PagedLists.assertPagedShape;

/** Every list of the participants API answers pages of the same shape with the same limits (docs/adr/0040). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PagingTest {

    @Test
    void aPersonsConsentsNetworkAndProgrammesArePaged() {
        CareEvents.organisations();
        String person = PARTICIPANTS + "/" + register("Paula Sidevis");
        String validTo = Instant.now().plus(90, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        for (String category : new String[] {"basic", "health", "economy"}) {
            asker().body("""
                    {"receiver": {"type": "organisation", "organisationId": "%s"}, "categories": ["%s"], "purpose": "Samarbeid",
                     "validTo": "%s", "recordedHow": "signed-form"}""".formatted(CareEvents.NAV, category, validTo))
                    .when().post(person + "/consents").then().statusCode(201);
        }
        for (String relation : new String[] {"søster", "tante", "trener"}) {
            asker().body("{\"name\": \"Kari %s\", \"relation\": \"%s\"}".formatted(relation, relation))
                    .when().post(person + "/network").then().statusCode(201);
        }
        asker().body("{\"programme\": \"introduction-programme\", \"startDate\": \"2026-05-04\", \"settlementDate\": \"2026-01-15\"}")
                .when().post(person + "/programmes").then().statusCode(201);
        asker().body("{\"programme\": \"youth-follow-up\", \"startDate\": \"2026-06-01\"}").when().post(person + "/programmes").then().statusCode(201);

        assertPaged(Api::asker, person + "/consents", 3);
        assertPaged(Api::asker, person + "/network", 3);
        assertPaged(Api::asker, person + "/programmes", 2);
    }

    @Test
    void participantsAndAccessLogsArePaged() {
        register("Petter Sidevis");
        register("Pernille Sidevis");
        assertPaged(() -> asker().queryParam("q", "Sidevis").queryParam("sort", "name"), PARTICIPANTS, 2);
        // Reading a person's access log is itself logged, so that list grows as it is walked.
        assertPagedShape(Api::asker, PARTICIPANTS + "/" + register("Pia Sidevis") + "/access-log");
        assertPagedShape(() -> Api.as("asker.admin"), PARTICIPANTS + "/access-log");
    }
}
