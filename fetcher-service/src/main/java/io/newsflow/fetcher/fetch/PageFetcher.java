package io.newsflow.fetcher.fetch;

import io.newsflow.fetcher.FetcherConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * Fetches one HTML page with Jsoup, bounded in time, size and redirects, refusing internal addresses at every hop,
 * and decodes it in the charset it really has ({@link BodySniffer}).
 */
@ApplicationScoped
public class PageFetcher {
    private final FetcherConfig config;
    private final AddressGuard guard;

    public PageFetcher(FetcherConfig config, AddressGuard guard) {
        this.config = config;
        this.guard = guard;
    }

    /** An HTML page, decoded. */
    public FetchedPage fetch(String url) throws FetchException {
        return decode(fetchBody(url, Validators.NONE));
    }

    /** A fetched body as an HTML page; binary bytes are refused whatever their content type. */
    public static FetchedPage decode(FetchedBody body) throws FetchException {
        String url = body.url();
        if (!isHtml(body.contentType())) {
            throw new FetchException("not-html", url + ": content type " + body.contentType());
        }
        if (BodySniffer.isBinary(body.bytes())) {
            throw new FetchException("binary", url + ": binary content behind content type " + body.contentType());
        }
        Charset charset = BodySniffer.charset(body.headerCharset(), body.bytes());
        return new FetchedPage(url, body.finalUrl(), body.status(), body.contentType(), charset.name(),
                body.truncated(), new String(body.bytes(), charset));
    }

    /**
     * Any successful response's bytes (feeds and sitemaps are XML). Follows redirects itself, so that every hop
     * passes the address guard and the redirect limit.
     */
    public FetchedBody fetchBody(String url) throws FetchException {
        return fetchBody(url, Validators.NONE);
    }

    /** Like {@link #fetchBody(String)}, asking only for a version newer than {@code known} (304 otherwise). */
    public FetchedBody fetchBody(String url, Validators known) throws FetchException {
        String current = url;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            guard.check(current);
            Connection.Response response = request(current, known);
            String location = response.header("Location");
            if (response.statusCode() / 100 == 3 && location != null) {
                try {
                    current = UrlNormaliser.normalise(URI.create(current).resolve(location.trim()).toString());
                } catch (IllegalArgumentException e) {
                    throw new FetchException("bad-redirect", current + ": redirect to " + location + ": " + e.getMessage());
                }
                continue;
            }
            return body(url, current, response);
        }
        throw new FetchException("too-many-redirects", url + ": more than " + config.maxRedirects() + " redirects");
    }

    private Connection.Response request(String url, Validators known) throws FetchException {
        try {
            Connection connection = Jsoup.connect(url).userAgent(config.userAgent())
                    .timeout((int) config.timeout().toMillis()).maxBodySize(config.maxBodyBytes())
                    .ignoreHttpErrors(true).ignoreContentType(true).followRedirects(false);
            if (known.etag() != null) {
                connection.header("If-None-Match", known.etag());
            }
            if (known.lastModified() != null) {
                connection.header("If-Modified-Since", known.lastModified());
            }
            return connection.execute();
        } catch (SocketTimeoutException e) {
            throw new FetchException("timeout", url + ": timed out after " + config.timeout());
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException("connection", url + ": " + e.getMessage());
        }
    }

    private FetchedBody body(String url, String finalUrl, Connection.Response response) throws FetchException {
        int status = response.statusCode();
        Validators validators = new Validators(response.header("ETag"), response.header("Last-Modified"));
        if (status == FetchedBody.NOT_MODIFIED) {
            return new FetchedBody(url, finalUrl, status, response.contentType(), null, new byte[0], false, validators);
        }
        if (status < 200 || status >= 300) {
            throw new FetchException("http-" + status, url + ": HTTP " + status, retryAfter(response.header("Retry-After")));
        }
        byte[] bytes = response.bodyAsBytes();
        return new FetchedBody(url, finalUrl, status, response.contentType(), response.charset(), bytes,
                bytes.length >= config.maxBodyBytes(), validators);
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration wait = Duration.between(Instant.now(),
                        ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static boolean isHtml(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }
}
