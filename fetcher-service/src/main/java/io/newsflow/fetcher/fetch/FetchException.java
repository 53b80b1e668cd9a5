package io.newsflow.fetcher.fetch;

import java.time.Duration;
import java.util.Optional;

/** A page that could not be fetched; {@link #reason()} is a short machine-friendly cause, the message says more. */
public class FetchException extends Exception {
    private final String reason;
    private final Duration retryAfter;

    public FetchException(String reason, String message) {
        this(reason, message, null);
    }

    /** @param retryAfter how long the server asked us to wait (Retry-After), or null */
    public FetchException(String reason, String message, Duration retryAfter) {
        super(message);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public String reason() {
        return reason;
    }

    /** The server's Retry-After, if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
