package io.newsflow.fetcher.state;

import java.time.Duration;
import java.time.Instant;

/**
 * Page id to the time of its last fetch, in 20 bytes a page instead of the ~130 of a map of strings: a fetcher
 * running for months remembers millions of pages. Ids are the 128-bit hex page ids; times are epoch seconds.
 * Open addressing with linear probing; removals leave a tombstone.
 */
final class FetchedPages {
    private static final int EMPTY = 0;
    private static final int REMOVED = -1;

    private long[] high = new long[1024];
    private long[] low = new long[1024];
    /** Epoch seconds + 1, so that 0 can mean an empty slot. */
    private int[] seconds = new int[1024];
    private int used;
    private int size;

    synchronized void put(String id, long epochSeconds) {
        if ((used + 1) * 4L > high.length * 3L) {
            resize(size * 2 < high.length ? high.length : high.length * 2);
        }
        long h = half(id, 0);
        long l = half(id, 16);
        int slot = find(h, l);
        if (slot >= 0) {
            seconds[slot] = (int) Math.max(seconds[slot], epochSeconds + 1);
            return;
        }
        insert(h, l, (int) (epochSeconds + 1));
    }

    /** When the page was last fetched, in epoch seconds; -1 when never. */
    synchronized long get(String id) {
        int slot = find(half(id, 0), half(id, 16));
        return slot < 0 ? -1 : seconds[slot] - 1L;
    }

    /** True when the page was never fetched, or, with a non-zero {@code recrawl}, last fetched that long ago. */
    boolean due(String id, Duration recrawl, Instant now) {
        long last = get(id);
        return last < 0 || (!recrawl.isZero() && last + recrawl.toSeconds() <= now.getEpochSecond());
    }

    synchronized void remove(String id) {
        int slot = find(half(id, 0), half(id, 16));
        if (slot >= 0) {
            seconds[slot] = REMOVED;
            size--;
        }
    }

    synchronized int size() {
        return size;
    }

    private int find(long h, long l) {
        int mask = high.length - 1;
        for (int slot = index(h, l, mask); ; slot = (slot + 1) & mask) {
            if (seconds[slot] == EMPTY) {
                return -1;
            }
            if (seconds[slot] != REMOVED && high[slot] == h && low[slot] == l) {
                return slot;
            }
        }
    }

    private void insert(long h, long l, int value) {
        int mask = high.length - 1;
        int slot = index(h, l, mask);
        while (seconds[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        high[slot] = h;
        low[slot] = l;
        seconds[slot] = value;
        used++;
        size++;
    }

    private void resize(int capacity) {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldSeconds = seconds;
        high = new long[capacity];
        low = new long[capacity];
        seconds = new int[capacity];
        used = 0;
        size = 0;
        for (int i = 0; i < oldSeconds.length; i++) {
            if (oldSeconds[i] != EMPTY && oldSeconds[i] != REMOVED) {
                insert(oldHigh[i], oldLow[i], oldSeconds[i]);
            }
        }
    }

    private static int index(long h, long l, int mask) {
        long mixed = (h ^ l) * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & mask;
    }

    /** Ids are hex digests; anything else (never written by Newsflow) is hashed into the same space. */
    private static long half(String id, int from) {
        if (id.length() == 32) {
            try {
                return Long.parseUnsignedLong(id, from, from + 16, 16);
            } catch (NumberFormatException e) {
                // not hex: falls through to hashing
            }
        }
        return from == 0 ? id.hashCode() : (long) id.length() << 32 | id.hashCode() >>> 1;
    }
}
