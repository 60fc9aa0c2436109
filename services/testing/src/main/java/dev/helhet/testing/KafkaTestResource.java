package dev.helhet.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.UUID;

/**
 * Points a service at the test stack's real Kafka broker, with a consumer group of its own so that
 * the test reads every topic from the start and never steals records from another test run.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "kafka.bootstrap.servers", TestStack.kafkaBootstrapServers(),
                "kafka.group.id", "quarkustest-" + UUID.randomUUID(),
                // Commit often, so a test can see when the consumer has caught up (KafkaProbe.awaitCaughtUp).
                "kafka.auto.commit.interval.ms", "100");
    }

    @Override
    public void stop() {
        // the broker belongs to the test stack
    }
}
