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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The person's network: added, listed and removed, with events that carry no names. */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class NetworkResourceTest {

    @Test
    void addsListsAndRemovesNetworkPersons() {
        String id = register("Abdi Warsame");
        String network = PARTICIPANTS + "/" + id + "/network";
        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_PARTICIPANT_V1)) {
            String sister = asker().body("{\"name\": \"Fadumo Warsame\", \"relation\": \"søster\", \"phone\": \"+47 998 76 543\","
                            + " \"joinsFollowUpMeetings\": true}")
                    .when().post(network)
                    .then().statusCode(201)
                    .body("joinsFollowUpMeetings", equalTo(true))
                    .extract().path("id");
            KafkaProbe.Received added = topic.await(r -> r.eventType().equals("NetworkPersonAdded") && id.equals(r.key()),
                    Duration.ofSeconds(15)).orElseThrow();
            assertTrue(added.envelope().at("/payload/joinsFollowUpMeetings").asBoolean());
            assertFalse(added.record().value().contains("Fadumo") || added.record().value().contains("søster")
                    || added.record().value().contains("998 76 543"), "no name, relation or contact on the topic");

            asker().body("{\"name\": \"Ola Trener\", \"relation\": \"fotballtrener\"}").when().post(network).then().statusCode(201);
            asker().when().get(network).then().statusCode(200).body("items", hasSize(2));

            asker().when().delete(network + "/" + sister).then().statusCode(204);
            topic.await(r -> r.eventType().equals("NetworkPersonRemoved") && id.equals(r.key()), Duration.ofSeconds(15)).orElseThrow();
            asker().when().get(network).then().body("items", hasSize(1)).body("items[0].name", equalTo("Ola Trener"));
            asker().when().delete(network + "/" + sister).then().statusCode(404);
        }
        asker().when().get(PARTICIPANTS + "/" + id + "/export").then().statusCode(200)
                .body("network", hasSize(2))
                .body("network.find { it.name == 'Fadumo Warsame' }.removedAt", org.hamcrest.Matchers.notNullValue());
        asker().body("{\"name\": \"\", \"relation\": \"\", \"email\": \"x\"}").when().post(network)
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("name", "relation", "email"));
    }
}
