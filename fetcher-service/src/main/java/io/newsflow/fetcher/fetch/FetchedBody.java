package io.newsflow.fetcher.fetch;

/**
 * A successful response, undecoded.
 *
 * @param url           the URL asked for, normalised
 * @param finalUrl      the URL after redirects
 * @param status        HTTP status
 * @param contentType   Content-Type header, if any
 * @param headerCharset the charset the Content-Type header names, if any
 * @param bytes         the body, at most the configured limit
 * @param truncated     true when the body was cut at the limit
 */
public record FetchedBody(String url, String finalUrl, int status, String contentType, String headerCharset,
                          byte[] bytes, boolean truncated) {
}
