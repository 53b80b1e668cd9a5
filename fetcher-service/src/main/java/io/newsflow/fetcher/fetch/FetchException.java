package io.newsflow.fetcher.fetch;

/** A page that could not be fetched; {@link #reason()} is a short machine-friendly cause, the message says more. */
public class FetchException extends Exception {
    private final String reason;

    public FetchException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
