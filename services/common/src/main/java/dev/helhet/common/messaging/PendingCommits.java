package dev.helhet.common.messaging;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The offsets a consumer asked to commit whose commit failed and that no later request has gone past: what to commit
 * again. Only the latest request of a partition is ever retried, so a retry never moves a committed offset back.
 */
final class PendingCommits {

    private final Map<TopicPartition, Long> latestRequested = new HashMap<>();
    private final Map<TopicPartition, OffsetAndMetadata> failed = new HashMap<>();

    /** A commit of {@code offsets} is about to be sent: it goes past (and so replaces) any failed one at or below it. */
    synchronized void requested(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((partition, offset) -> {
            latestRequested.merge(partition, offset.offset(), Math::max);
            failed.computeIfPresent(partition, (same, earlier) -> earlier.offset() <= offset.offset() ? null : earlier);
        });
    }

    /** The commit of {@code offsets} failed: each offset no later request has gone past waits to be committed again. */
    synchronized void failed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((partition, offset) -> {
            if (latestRequested.getOrDefault(partition, Long.MIN_VALUE) == offset.offset()) {
                failed.put(partition, offset);
            }
        });
    }

    /**
     * The failed offsets of the partitions still {@code assigned}. Those of the others are forgotten: the partition's new
     * owner commits it, and committing an old offset for it would send that owner back.
     */
    synchronized Map<TopicPartition, OffsetAndMetadata> toRetry(Set<TopicPartition> assigned) {
        failed.keySet().retainAll(assigned);
        latestRequested.keySet().retainAll(assigned);
        return Map.copyOf(failed);
    }

    /**
     * Forgets the failed offsets the group has already committed (or gone past): a partition revoked and handed back
     * between two retries may have been committed further, by this consumer on its way out or by another one.
     */
    synchronized void alreadyCommitted(Map<TopicPartition, OffsetAndMetadata> committed) {
        committed.forEach((partition, offset) -> {
            if (offset != null) {
                failed.computeIfPresent(partition, (same, pending) -> pending.offset() <= offset.offset() ? null : pending);
            }
        });
    }

    synchronized boolean isEmpty() {
        return failed.isEmpty();
    }
}
