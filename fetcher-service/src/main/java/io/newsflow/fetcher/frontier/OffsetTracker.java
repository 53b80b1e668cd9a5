package io.newsflow.fetcher.frontier;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Which frontier records are still being worked on, so that the committed offset never passes an unfinished one:
 * pages finish out of order (politeness, retries), and a crash must hand every unfinished page to the next owner.
 */
final class OffsetTracker {
    private static final class Progress {
        private final NavigableSet<Long> open = new TreeSet<>();
        private long next = -1;
    }

    private final Map<TopicPartition, Progress> partitions = new HashMap<>();

    synchronized void started(TopicPartition partition, long offset) {
        Progress progress = partitions.computeIfAbsent(partition, p -> new Progress());
        progress.open.add(offset);
        progress.next = Math.max(progress.next, offset + 1);
    }

    synchronized void finished(TopicPartition partition, long offset) {
        Progress progress = partitions.get(partition);
        if (progress != null) {
            progress.open.remove(offset);
        }
    }

    /** False once the partition has moved to another replica: its unfinished records are that replica's now. */
    synchronized boolean owns(TopicPartition partition) {
        return partitions.containsKey(partition);
    }

    synchronized void assigned(TopicPartition partition) {
        partitions.putIfAbsent(partition, new Progress());
    }

    synchronized void revoked(TopicPartition partition) {
        partitions.remove(partition);
    }

    /** Per partition, the offset up to which every record is finished. */
    synchronized Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        partitions.forEach((partition, progress) -> {
            long offset = progress.open.isEmpty() ? progress.next : progress.open.first();
            if (offset >= 0) {
                offsets.put(partition, new OffsetAndMetadata(offset));
            }
        });
        return offsets;
    }

    synchronized int unfinished() {
        return partitions.values().stream().mapToInt(p -> p.open.size()).sum();
    }
}
