package io.newsflow.indexer.index;

import java.time.Duration;

/** Exponential backoff between retries while Elasticsearch cannot take requests: doubles up to a ceiling. */
final class Backoff {
    private final Duration max;
    private Duration next;

    Backoff(Duration initial, Duration max) {
        this.next = initial;
        this.max = max;
    }

    Duration next() {
        return next;
    }

    /** Sleeps for the current wait, then doubles it. */
    void pause() {
        try {
            Thread.sleep(next.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
        }
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
    }
}
