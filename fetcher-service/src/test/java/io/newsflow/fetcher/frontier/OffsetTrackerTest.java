package io.newsflow.fetcher.frontier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
    private static final TopicPartition P0 = new TopicPartition("news.frontier", 0);

    @Test
    void theCommittedOffsetStopsAtTheFirstUnfinishedRecord() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.assigned(P0);
        tracker.started(P0, 10);
        tracker.started(P0, 11);
        tracker.started(P0, 12);
        tracker.finished(P0, 11);
        tracker.finished(P0, 12);
        assertEquals(10, tracker.committable().get(P0).offset());
        assertEquals(1, tracker.unfinished());

        tracker.finished(P0, 10);
        assertEquals(13, tracker.committable().get(P0).offset());
        assertEquals(0, tracker.unfinished());
    }

    @Test
    void nothingIsCommittedForAPartitionBeforeItsFirstRecord() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.assigned(P0);
        assertTrue(tracker.committable().isEmpty());
    }

    @Test
    void aRevokedPartitionIsNoLongerOwnedAndItsLateFinishesAreIgnored() {
        OffsetTracker tracker = new OffsetTracker();
        tracker.assigned(P0);
        tracker.started(P0, 5);
        tracker.revoked(P0);
        assertFalse(tracker.owns(P0));
        tracker.finished(P0, 5);
        assertTrue(tracker.committable().isEmpty());
        assertEquals(0, tracker.unfinished());
    }
}
