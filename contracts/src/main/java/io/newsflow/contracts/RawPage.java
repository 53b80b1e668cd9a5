package io.newsflow.contracts;

import java.time.Instant;

/**
 * A page as the fetcher got it: the value of a {@link Topics#RAW} record (schema {@value SchemaVersions#RAW_PAGE}).
 *
 * @param id          stable id of the page, derived from its normalised URL ({@link ArticleIds#fromUrl})
 * @param url         the URL that was asked for, normalised
 * @param finalUrl    the URL after redirects
 * @param status      HTTP status of the final response
 * @param contentType the Content-Type header, as sent
 * @param charset     the charset the body was decoded with (from header, BOM or meta tag)
 * @param fetchedAt   when the response was received
 * @param source      name of the configured source the URL came from, or {@code "api"} for ad-hoc URLs
 * @param truncated   true when the body was cut at the fetcher's size limit
 * @param html        the decoded body
 */
public record RawPage(String id, String url, String finalUrl, int status, String contentType, String charset,
                      Instant fetchedAt, String source, boolean truncated, String html) {
}
