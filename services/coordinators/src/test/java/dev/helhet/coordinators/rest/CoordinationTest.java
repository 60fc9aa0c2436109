package dev.helhet.coordinators.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.coordinators.support.ParticipantEvents;
import dev.helhet.coordinators.support.Registry;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import dev.helhet.testing.ServiceBasics;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static dev.helhet.coordinators.support.Registry.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One responsible coordinator per person: assignment, warm handover, unassignment, and the database's guarantee under concurrency. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "coordinators"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class CoordinationTest {

    @Test
    void assignsHandsOverWarmlyAndKeepsTheHistory() {
        Registry registry = Registry.asker();
        String person = ParticipantEvents.registered("asker");
        String path = "/api/v1/coordinators/participants/" + person + "/coordinator";
        try (KafkaProbe topic = KafkaProbe.watch(Topics.COORDINATORS_ASSIGNMENT_V1)) {
            as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                    .when().put(path)
                    .then().statusCode(200)
                    .body("current.professionalId", equalTo(registry.coordinator))
                    .body("history", hasSize(1));
            KafkaProbe.Received assigned = topic.await(r -> person.equals(r.key()), Duration.ofSeconds(15)).orElseThrow();
            assertEquals("CoordinatorAssigned", assigned.eventType());

            String teamLeadAsCoordinator = registry.teamLead;
            as("asker.coordinator").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\", \"note\": \"Ønsker oppfølging på somali.\"}"
                            .formatted(teamLeadAsCoordinator, registry.refugeeService))
                    .when().put(path)
                    .then().statusCode(200)
                    .body("current.professionalId", equalTo(teamLeadAsCoordinator))
                    .body("current.handoverNote", equalTo("Ønsker oppfølging på somali."))
                    .body("history", hasSize(2))
                    .body("history[1].professionalId", equalTo(registry.coordinator))
                    .body("history[1].endedAt", notNullValue());
            KafkaProbe.Received handedOver = topic.await(r -> person.equals(r.key()) && r.eventType().equals("CoordinatorHandedOver"),
                    Duration.ofSeconds(15)).orElseThrow();
            assertEquals(registry.coordinator, handedOver.envelope().at("/payload/fromProfessionalId").asText());
            assertEquals(false, handedOver.record().value().contains("somali"), "the handover note stays in the service");

            // The old coordinator no longer sees the person; the history stays readable to the new one.
            as("asker.coordinator").when().get(path).then().statusCode(404);
            as("asker.teamlead").when().get(path).then().statusCode(200).body("history", hasSize(2));

            as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(teamLeadAsCoordinator, registry.refugeeService))
                    .when().put(path).then().statusCode(409).body("type", equalTo("urn:helhet:problem:coordinator-unchanged"));
            as("asker.teamlead").when().delete(path).then().statusCode(200).body("current", nullValue());
            topic.await(r -> person.equals(r.key()) && r.eventType().equals("CoordinatorUnassigned"), Duration.ofSeconds(15)).orElseThrow();
            as("asker.teamlead").when().delete(path).then().statusCode(409).body("type", equalTo("urn:helhet:problem:no-coordinator"));
        }
    }

    @Test
    void twoConcurrentAssignmentsCannotBothWin() throws Exception {
        Registry registry = Registry.asker();
        for (int round = 0; round < 5; round++) {
            String person = ParticipantEvents.registered("asker");
            String path = "/api/v1/coordinators/participants/" + person + "/coordinator";
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> attempts = new ArrayList<>();
            for (String professional : List.of(registry.coordinator, registry.teamLead)) {
                attempts.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}"
                            .formatted(professional, registry.refugeeService)).when().put(path).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = attempts.stream().map(CompletableFuture::join).sorted().toList();
            as("asker.teamlead").when().get(path).then().statusCode(200)
                    .body("current", notNullValue())
                    .body("history.findAll { it.endedAt == null }", hasSize(1));
            // Either one won and the other was refused, or they ran one after the other (the second a handover).
            boolean oneRefused = statuses.equals(List.of(200, 409));
            boolean serialised = statuses.equals(List.of(200, 200));
            assertEquals(true, oneRefused || serialised, "statuses " + statuses);
        }
    }

    @Test
    void refusesWhatIsNotAllowed() {
        Registry registry = Registry.asker();
        String person = ParticipantEvents.registered("asker");
        String path = "/api/v1/coordinators/participants/" + person + "/coordinator";
        as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.professional, registry.refugeeService))
                .when().put(path).then().statusCode(400).body("errors[0].code", equalTo("not-a-member"));
        as("asker.teamlead").body("{}").when().put(path).then().statusCode(400).body("errors.field", hasSize(2));
        as("asker.professional").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                .when().put(path).then().statusCode(403);
        as("asker.admin").when().get(path).then().statusCode(403);
        ParticipantEvents.closed(person, "asker");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                as("asker.teamlead").body("{\"professionalId\": \"%s\", \"organisationId\": \"%s\"}".formatted(registry.coordinator, registry.refugeeService))
                        .when().put(path).then().statusCode(409).body("type", equalTo("urn:helhet:problem:participant-not-active")));
    }

    @Test
    void guardsTheApiAndServesOperationsEndpoints() {
        ServiceBasics.assertGuarded("/api/v1/coordinators/organisations");
        ServiceBasics.assertOperational("Helhet coordinators API");
    }
}
