package dev.helhet.participants.rest;

import dev.helhet.contracts.Topics;
import dev.helhet.testing.KafkaProbe;
import dev.helhet.testing.KafkaTestResource;
import dev.helhet.testing.KeycloakTestResource;
import dev.helhet.testing.PostgresTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static dev.helhet.participants.rest.Api.register;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A commit that wrote outbox rows wakes the relay (PostgreSQL NOTIFY, ADR 0036): with the poll an hour apart, an event
 * still reaches Kafka. The first registration may be relayed by the catch-up that follows LISTEN; the second is
 * written after that, so only a notification can send it.
 */
@QuarkusTest
@TestProfile(OutboxWakesOnCommitTest.PollAnHourApart.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "participants"))
@WithTestResource(KafkaTestResource.class)
@WithTestResource(KeycloakTestResource.class)
class OutboxWakesOnCommitTest {

    @Test
    void aCommittedRegistrationIsRelayedWithoutWaitingForThePoll() {
        try (KafkaProbe topic = KafkaProbe.watch(Topics.PARTICIPANTS_PARTICIPANT_V1)) {
            for (String name : new String[] {"Amina Hassan", "Yonas Tesfaye"}) {
                String id = register(name);
                assertTrue(topic.await(r -> r.eventType().equals("ParticipantRegistered") && id.equals(r.key()), Duration.ofSeconds(15)).isPresent(),
                        name + "'s registration was not relayed without the poll");
            }
        }
    }

    /** The relay's polls an hour apart: anything relayed in this test was woken by a notification. */
    public static class PollAnHourApart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("helhet.outbox.interval", "1h", "helhet.outbox.listening-interval", "1h");
        }
    }
}
