package io.newsflow.fetcher.fetch;

/**
 * A successful (or not-modified) response, undecoded.
 *
 * @param url           the URL asked for, normalised
 * @param finalUrl      the URL after redirects
 * @param status        HTTP status
 * @param contentType   Content-Type header, if any
 * @param headerCharset the charset the Content-Type header names, if any
 * @param bytes         the body, at most the configured limit
 * @param truncated     true when the body was cut at the limit
 * @param validators    the version's ETag and Last-Modified, for the next conditional request
 */
public record FetchedBody(String url, String finalUrl, int status, String contentType, String headerCharset,
                          byte[] bytes, boolean truncated, Validators validators) {
    static final int NOT_MODIFIED = 304;

    /** Whether the server answered a conditional request with 304: nothing new since the validators. */
    public boolean unchanged() {
        return status == NOT_MODIFIED;
    }
}
