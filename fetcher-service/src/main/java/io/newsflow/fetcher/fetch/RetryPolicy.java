package io.newsflow.fetcher.fetch;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which failed fetches are worth another try, and when: timeouts, connection errors, 5xx and 429 are retried
 * with exponential backoff and jitter, or after the server's Retry-After; 404, 410, robots.txt refusals, blocked
 * addresses and non-HTML bodies are final.
 */
public final class RetryPolicy {
    private static final Set<String> TRANSIENT = Set.of("timeout", "connection", "http-429", "http-408");
    private static final Duration MAX_WAIT = Duration.ofHours(1);

    private final int maxAttempts;
    private final Duration backoff;

    public RetryPolicy(int maxAttempts, Duration backoff) {
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    /**
     * @param attempt how many attempts have failed so far (1 after the first)
     * @return the wait before the next attempt, or empty when the failure is final
     */
    public Optional<Duration> next(FetchException failure, int attempt) {
        if (attempt >= maxAttempts || !isTransient(failure.reason())) {
            return Optional.empty();
        }
        if (failure.retryAfter().isPresent()) {
            return Optional.of(min(failure.retryAfter().get(), MAX_WAIT));
        }
        long base = backoff.toMillis() << Math.min(attempt - 1, 20);
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, base / 2));
        return Optional.of(min(Duration.ofMillis(base + jitter), MAX_WAIT));
    }

    static boolean isTransient(String reason) {
        return TRANSIENT.contains(reason) || reason.startsWith("http-5");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
