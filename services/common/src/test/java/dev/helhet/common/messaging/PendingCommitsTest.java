package dev.helhet.common.messaging;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failed offset commits are sent again: only the latest of a partition still assigned, never one gone past. */
class PendingCommitsTest {

    private static final TopicPartition FIRST = new TopicPartition("participants.participant.v1", 0);
    private static final TopicPartition SECOND = new TopicPartition("participants.participant.v1", 1);

    private final PendingCommits pending = new PendingCommits();

    @Test
    void aFailedCommitIsRetriedForThePartitionsStillAssigned() {
        commitFails(Map.of(FIRST, 12L, SECOND, 7L));

        assertEquals(Map.of(FIRST, new OffsetAndMetadata(12)), pending.toRetry(Set.of(FIRST)));
        assertEquals(Map.of(FIRST, new OffsetAndMetadata(12)), pending.toRetry(Set.of(FIRST, SECOND)),
                "a partition handed to another consumer is forgotten, not retried when it comes back");
    }

    @Test
    void aLaterCommitReplacesTheFailedOne() {
        commitFails(Map.of(FIRST, 12L));
        pending.requested(offsets(Map.of(FIRST, 15L)));

        assertTrue(pending.isEmpty());
        assertEquals(Map.of(), pending.toRetry(Set.of(FIRST)));
    }

    @Test
    void anEarlierCommitThatFailsAfterALaterOneWasSentIsNotRetried() {
        pending.requested(offsets(Map.of(FIRST, 12L)));
        pending.requested(offsets(Map.of(FIRST, 15L)));
        pending.failed(offsets(Map.of(FIRST, 12L)));

        assertEquals(Map.of(), pending.toRetry(Set.of(FIRST)), "retrying 12 after 15 was sent would move the offset back");
    }

    @Test
    void aRetryThatFailsStaysPendingAndOneThatIsSentIsNoLongerPending() {
        commitFails(Map.of(FIRST, 12L));
        Map<TopicPartition, OffsetAndMetadata> retry = pending.toRetry(Set.of(FIRST));
        pending.requested(retry);
        pending.failed(retry);
        assertEquals(retry, pending.toRetry(Set.of(FIRST)));

        pending.requested(retry);
        assertTrue(pending.isEmpty());
    }

    @Test
    void aPartitionCommittedFurtherWhileItWasAwayIsNotSentBack() {
        commitFails(Map.of(FIRST, 12L, SECOND, 7L));
        pending.alreadyCommitted(offsets(Map.of(FIRST, 20L, SECOND, 5L)));

        assertEquals(Map.of(SECOND, new OffsetAndMetadata(7)), pending.toRetry(Set.of(FIRST, SECOND)),
                "12 is behind what the group committed while the partition was revoked and handed back; 7 is still ahead of 5");
    }

    private void commitFails(Map<TopicPartition, Long> offsets) {
        pending.requested(offsets(offsets));
        pending.failed(offsets(offsets));
    }

    private static Map<TopicPartition, OffsetAndMetadata> offsets(Map<TopicPartition, Long> offsets) {
        return offsets.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue())));
    }
}
