package io.newsflow.fetcher.robots;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One request at a time per host, spaced by the politeness delay. A thread waiting for its host holds only that
 * host's slot, so other hosts go on being fetched.
 */
public final class HostPoliteness {
    private static final class Slot {
        private long nextAllowedNanos;
    }

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /**
     * Runs {@code request} for {@code host} once the host's previous request is {@code delay} behind, and no other
     * request to the host is running.
     */
    public <T, E extends Exception> T call(String host, Duration delay, Request<T, E> request)
            throws E, InterruptedException {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot());
        synchronized (slot) {
            long wait = slot.nextAllowedNanos - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            try {
                return request.run();
            } finally {
                slot.nextAllowedNanos = System.nanoTime() + delay.toNanos();
            }
        }
    }

    /** Keeps the host waiting at least this long before its next request (a 429 or 503 with Retry-After). */
    public void defer(String host, Duration wait) {
        Slot slot = slots.computeIfAbsent(host, h -> new Slot());
        synchronized (slot) {
            slot.nextAllowedNanos = Math.max(slot.nextAllowedNanos, System.nanoTime() + wait.toNanos());
        }
    }

    /** A request that may throw. */
    @FunctionalInterface
    public interface Request<T, E extends Exception> {
        T run() throws E;
    }
}
