package io.newsflow.fetcher.fetch;

/**
 * A successful HTML response.
 *
 * @param url         the URL asked for, normalised
 * @param finalUrl    the URL after redirects
 * @param status      HTTP status
 * @param contentType Content-Type header
 * @param charset     the charset the body was decoded with
 * @param truncated   true when the body was cut at the size limit
 * @param html        the decoded body
 */
public record FetchedPage(String url, String finalUrl, int status, String contentType, String charset,
                          boolean truncated, String html) {
}
