package io.newsflow.fetcher;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The fetcher's settings, under {@code newsflow.fetcher}. */
@ConfigMapping(prefix = "newsflow.fetcher")
public interface FetcherConfig {
    /** Sent with every request; name a contact URL so site operators can reach you. */
    @WithDefault("NewsflowBot/0.1 (+https://github.com/newsflow/newsflow)")
    String userAgent();

    /** Connect and read timeout per request. */
    @WithDefault("15s")
    Duration timeout();

    /** Bodies are cut at this many bytes, and the page is marked truncated. */
    @WithDefault("10485760")
    int maxBodyBytes();

    /** Least time between two requests to one host; a longer robots.txt Crawl-delay wins. */
    @WithDefault("1s")
    Duration politenessDelay();

    /** Robots.txt Crawl-delays above this are capped, so one site cannot stall a fetcher thread for hours. */
    @WithDefault("30s")
    Duration maxCrawlDelay();

    /** How long a host's robots.txt is trusted before it is fetched again. */
    @WithDefault("24h")
    Duration robotsCacheTtl();

    /**
     * Internal networks the fetcher may reach, as CIDRs (e.g. {@code 127.0.0.0/8} for a local demo site). None by
     * default: loopback, private, link-local and metadata addresses are refused.
     */
    Optional<List<String>> allowedNetworks();

    /** Redirects followed before a fetch fails; each hop is checked like the first URL. */
    @WithDefault("5")
    int maxRedirects();

    /**
     * The key that requests changing state ({@code POST /api/fetch}) must carry, as {@code Authorization: Bearer
     * <key>} or {@code X-Api-Key: <key>}. Unset, the API is open: fine on a laptop, not in production.
     */
    Optional<String> apiKey();

    /** The compacted topic that remembers what has been fetched, across restarts and replicas. */
    @WithDefault("news.fetch-state")
    String stateTopic();

    /** Attempts per page for failures that may pass (timeouts, connection errors, 5xx, 429) before giving up. */
    @WithDefault("4")
    int maxAttempts();

    /** Wait before the first retry; it doubles with each attempt, with random jitter, up to an hour. */
    @WithDefault("5s")
    Duration retryBackoff();

    /** Pages fetched at the same time, over all hosts. */
    @WithDefault("4")
    int concurrency();

    /** The sources file (YAML) polled from start; none means only sources and URLs submitted to the API. */
    Optional<Path> sourcesFile();

    /** How often a source's feeds, listings and sitemaps are read again, unless the source says otherwise. */
    @WithDefault("15m")
    Duration repoll();

    /** How often the sources file is checked for changes. */
    @WithDefault("30s")
    Duration sourcesReloadInterval();

    /** The crawl frontier: URLs and seeds to fetch, keyed by host, split over the fetcher replicas by partition. */
    @WithDefault("news.frontier")
    String frontierTopic();

    /** Partitions of the frontier when the fetcher creates it: the most fetcher replicas that can share work. */
    @WithDefault("6")
    int frontierPartitions();

    /** The consumer group of the fetcher replicas on the frontier. */
    @WithDefault("newsflow-fetcher")
    String group();

    /** Frontier records taken but not finished, per replica, beyond which it stops taking more. */
    @WithDefault("1000")
    int frontierMaxInFlight();
}
