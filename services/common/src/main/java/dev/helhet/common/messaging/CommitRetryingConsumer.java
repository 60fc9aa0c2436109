package dev.helhet.common.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.vertx.mutiny.core.Vertx;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * A SmallRye Kafka consumer whose failed offset commits are sent again until they succeed, a later commit goes past them
 * or the partition goes to another consumer. The throttled commit strategy forgets an offset once it has tried to commit
 * it: a commit refused while the group rebalanced after a broker restart left the committed offset behind for good on a
 * partition no new record arrived on, and the lag that operators alert on never went back to zero.
 */
final class CommitRetryingConsumer<K, V> implements KafkaConsumer<K, V> {

    private static final Logger LOG = Logger.getLogger(CommitRetryingConsumer.class);
    /** Each call of a retry holds the polling thread no longer than this; one that times out is tried again at the next interval. */
    private static final Duration RETRY_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConsumer<K, V> delegate;
    private final Vertx vertx;
    private final Duration retryInterval;
    private final PendingCommits pending = new PendingCommits();
    private final AtomicBoolean retryScheduled = new AtomicBoolean();

    CommitRetryingConsumer(KafkaConsumer<K, V> delegate, Vertx vertx, Duration retryInterval) {
        this.delegate = delegate;
        this.vertx = vertx;
        this.retryInterval = retryInterval;
    }

    @Override
    public Uni<Void> commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        return retriedOnFailure(offsets, delegate::commit);
    }

    @Override
    public Uni<Void> commitAsync(Map<TopicPartition, OffsetAndMetadata> offsets) {
        return retriedOnFailure(offsets, delegate::commitAsync);
    }

    /** Sends {@code offsets} with {@code commit}, remembering them as requested, and as pending again if it fails. */
    private Uni<Void> retriedOnFailure(Map<TopicPartition, OffsetAndMetadata> offsets,
                                       Function<Map<TopicPartition, OffsetAndMetadata>, Uni<Void>> commit) {
        return Uni.createFrom().deferred(() -> {
            pending.requested(offsets);
            return commit.apply(offsets).onFailure().invoke(failure -> {
                pending.failed(offsets);
                scheduleRetry();
            });
        });
    }

    private void scheduleRetry() {
        if (retryScheduled.compareAndSet(false, true)) {
            vertx.setTimer(retryInterval.toMillis(), timer -> {
                retryScheduled.set(false);
                retry();
            });
        }
    }

    /**
     * Commits the pending offsets on the polling thread, where the assignment cannot change between reading it and
     * committing; offsets the group has committed meanwhile (the partition went away and came back) are not sent again.
     * Stops when the consumer is closed: its partitions are someone else's to commit.
     */
    private void retry() {
        delegate.runOnPollingThread((Function<Consumer<K, V>, Boolean>) consumer -> {
                    Map<TopicPartition, OffsetAndMetadata> offsets = pending.toRetry(consumer.assignment());
                    if (offsets.isEmpty()) {
                        return false;
                    }
                    try {
                        pending.alreadyCommitted(consumer.committed(offsets.keySet(), RETRY_TIMEOUT));
                        offsets = pending.toRetry(consumer.assignment());
                        if (offsets.isEmpty()) {
                            return false;
                        }
                        pending.requested(offsets);
                        consumer.commitSync(offsets, RETRY_TIMEOUT);
                        LOG.infof("Committed again the offsets of %d partitions whose earlier commit failed: %s", offsets.size(), offsets);
                    } catch (KafkaException refused) {
                        pending.failed(offsets);
                        LOG.warnf("Committing again the offsets of %d partitions failed, next try in %s: %s", offsets.size(), retryInterval, refused.toString());
                    }
                    return !pending.isEmpty();
                })
                .subscribe().with(again -> {
                    if (again) {
                        scheduleRetry();
                    }
                }, stopped -> LOG.warnf("Commit retries stopped (the consumer was closed, or could not be reached): %s", stopped.toString()));
    }

    @Override
    public Map<String, ?> configuration() {
        return delegate.configuration();
    }

    @Override
    public <R> Uni<R> runOnPollingThread(Function<Consumer<K, V>, R> action) {
        return delegate.runOnPollingThread(action);
    }

    @Override
    public Uni<Void> runOnPollingThread(java.util.function.Consumer<Consumer<K, V>> action) {
        return delegate.runOnPollingThread(action);
    }

    @Override
    public Uni<Set<TopicPartition>> pause() {
        return delegate.pause();
    }

    @Override
    public Uni<Set<TopicPartition>> paused() {
        return delegate.paused();
    }

    @Override
    public Uni<Map<TopicPartition, OffsetAndMetadata>> committed(TopicPartition... partitions) {
        return delegate.committed(partitions);
    }

    @Override
    public Uni<Void> resume() {
        return delegate.resume();
    }

    @Override
    public Consumer<K, V> unwrap() {
        return delegate.unwrap();
    }

    @Override
    public Uni<Map<TopicPartition, Long>> getPositions() {
        return delegate.getPositions();
    }

    @Override
    public Uni<Set<TopicPartition>> getAssignments() {
        return delegate.getAssignments();
    }

    @Override
    public Uni<Void> seek(TopicPartition partition, long offset) {
        return delegate.seek(partition, offset);
    }

    @Override
    public Uni<Void> seek(TopicPartition partition, OffsetAndMetadata offsetAndMetadata) {
        return delegate.seek(partition, offsetAndMetadata);
    }

    @Override
    public Uni<Void> seekToBeginning(Collection<TopicPartition> partitions) {
        return delegate.seekToBeginning(partitions);
    }

    @Override
    public Uni<Void> seekToEnd(Collection<TopicPartition> partitions) {
        return delegate.seekToEnd(partitions);
    }

    @Override
    public Uni<ConsumerGroupMetadata> consumerGroupMetadata() {
        return delegate.consumerGroupMetadata();
    }

    @Override
    public Uni<Void> resetToLastCommittedPositions() {
        return delegate.resetToLastCommittedPositions();
    }

    @Override
    public Uni<Map<String, List<PartitionInfo>>> lisTopics() {
        return delegate.lisTopics();
    }

    @Override
    public Uni<Map<String, List<PartitionInfo>>> lisTopics(Duration timeout) {
        return delegate.lisTopics(timeout);
    }

    @Override
    public Uni<List<PartitionInfo>> partitionsFor(String topic) {
        return delegate.partitionsFor(topic);
    }
}
