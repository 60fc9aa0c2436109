package dev.helhet.common.messaging;

import io.quarkus.arc.Unremovable;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.commit.KafkaThrottledLatestProcessedCommit;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;

import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * The commit strategy of every consumer ({@code commit-strategy=throttled-retried}): SmallRye's throttled strategy
 * (commit the latest offset processed in order, every {@code auto.commit.interval.ms}), whose failed commits are sent
 * again (ADR 0035).
 */
@ApplicationScoped
@Unremovable
@Identifier(RetriedThrottledCommit.NAME)
public class RetriedThrottledCommit implements KafkaCommitHandler.Factory {

    public static final String NAME = "throttled-retried";

    private final KafkaThrottledLatestProcessedCommit.Factory throttled = new KafkaThrottledLatestProcessedCommit.Factory();

    @Override
    public KafkaCommitHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx, KafkaConsumer<?, ?> consumer,
                                     BiConsumer<Throwable, Boolean> reportFailure) {
        long interval = config.config().getOptionalValue(ConsumerConfig.AUTO_COMMIT_INTERVAL_MS_CONFIG, Long.class).orElse(5000L);
        return throttled.create(config, vertx, retrying(consumer, vertx, Duration.ofMillis(interval)), reportFailure);
    }

    private static <K, V> KafkaConsumer<K, V> retrying(KafkaConsumer<K, V> consumer, Vertx vertx, Duration interval) {
        return new CommitRetryingConsumer<>(consumer, vertx, interval);
    }
}
