package dev.helhet.coordinators.rest;

import dev.helhet.coordinators.domain.TeamLimits;
import dev.helhet.coordinators.support.ParticipantEvents;
import dev.helhet.coordinators.support.Registry;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.helhet.coordinators.support.Registry.as;
import static dev.helhet.testing.PagedLists.assertPaged;
import static dev.helhet.testing.PagedLists.assertPagedShape;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Every list of the coordinators API answers pages of the same shape with the same limits (docs/adr/0040). */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "coordinators"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class PagingTest {

    private static final String CASELOAD = "/api/v1/coordinators/caseload";

    @Test
    void theRegistersArePaged() {
        Registry.asker();
        assertPaged(() -> as("asker.coordinator"), Registry.ORGANISATIONS, 3);
        assertPaged(() -> as("asker.admin"), Registry.PROFESSIONALS, 3);
    }

    @Test
    void theCaseloadAndTheQueueArePaged() {
        Registry registry = Registry.asker();
        for (int person = 0; person < 3; person++) {
            as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                    .when().put("/api/v1/coordinators/participants/" + ParticipantEvents.registered("asker") + "/coordinator").then().statusCode(200);
        }
        assertPaged(() -> as("asker.coordinator"), CASELOAD, 3);
        // Registrations from other tests may still be arriving on Kafka and join the queue while it is walked.
        ParticipantEvents.registered("asker");
        assertPagedShape(() -> as("asker.teamlead"), CASELOAD + "/unassigned");
    }

    @Test
    void aProfessionalsRecordShowsTheirLatestFiftyAbsences() {
        Registry registry = Registry.asker();
        String absences = Registry.PROFESSIONALS + "/" + registry.regional + "/absences";
        LocalDate first = LocalDate.of(2031, 1, 6);
        for (int week = 0; week <= TeamLimits.ABSENCES_SHOWN; week++) {
            as("asker.teamlead").body("{\"from\": \"%s\", \"to\": \"%s\", \"deputyId\": \"%s\"}"
                            .formatted(first.plusWeeks(week), first.plusWeeks(week).plusDays(1), registry.professional))
                    .when().post(absences).then().statusCode(200);
        }
        as("asker.teamlead").when().get(Registry.PROFESSIONALS + "/" + registry.regional).then().statusCode(200)
                .body("absences", hasSize(TeamLimits.ABSENCES_SHOWN))
                .body("absences[0].from", equalTo(first.plusWeeks(TeamLimits.ABSENCES_SHOWN).toString()));
    }
}
