package io.newsflow.fetcher.frontier;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.newsflow.fetcher.sources.Seed;
import java.time.Duration;

/**
 * One unit of crawl work on the frontier topic, keyed by the URL's host so that one replica owns each host.
 *
 * @param url           a normalised http(s) URL
 * @param source        the source it belongs to, carried onto the raw page
 * @param seed          for a feed, listing or sitemap to read for links, the seed; null for a page to fetch
 * @param repollSeconds  for a seed, its re-poll interval: a replica reads a seed at most once per half interval
 *                       however many replicas offered it
 * @param recrawlSeconds the source's recrawl interval: a page fetched longer ago is fetched again; 0 for never
 */
public record FrontierEntry(String url, String source, Seed seed, long repollSeconds, long recrawlSeconds) {
    public static FrontierEntry page(String url, String source, Duration recrawl) {
        return new FrontierEntry(url, source, null, 0, recrawl.toSeconds());
    }

    @JsonIgnore
    public Duration recrawl() {
        return Duration.ofSeconds(recrawlSeconds);
    }

    @JsonIgnore
    public boolean isSeed() {
        return seed != null;
    }
}
