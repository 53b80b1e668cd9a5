package io.newsflow.indexer.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Bounds the bulk requests in flight per target index. Concurrent bulks into one shard each fill a segment of their
 * own and cost Elasticsearch more merging; bulks into different indices (one consumer's articles, another's
 * statements) keep both shards busy without that.
 */
final class BulksInFlight {
    private final int perIndex;
    private final Map<String, Semaphore> permits = new ConcurrentHashMap<>();

    BulksInFlight(int perIndex) {
        this.perIndex = perIndex;
    }

    interface Request<R> {
        R send() throws IOException;
    }

    /** Sends once a permit for each of the indices is held; taken in name order, so two callers never deadlock. */
    <R> R send(SortedSet<String> indices, Request<R> request) throws IOException {
        List<Semaphore> held = indices.stream()
                .map(index -> permits.computeIfAbsent(index, any -> new Semaphore(perIndex))).toList();
        int acquired = 0;
        try {
            for (Semaphore permit : held) {
                permit.acquireUninterruptibly();
                acquired++;
            }
            return request.send();
        } finally {
            held.subList(0, acquired).forEach(Semaphore::release);
        }
    }
}
