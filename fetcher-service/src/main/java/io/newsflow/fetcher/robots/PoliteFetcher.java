package io.newsflow.fetcher.robots;

import crawlercommons.robots.BaseRobotRules;
import io.newsflow.fetcher.FetchMetrics;
import io.newsflow.fetcher.FetcherConfig;
import io.newsflow.fetcher.fetch.FetchException;
import io.newsflow.fetcher.fetch.FetchedBody;
import io.newsflow.fetcher.fetch.FetchedPage;
import io.newsflow.fetcher.fetch.Validators;
import io.newsflow.fetcher.fetch.PageFetcher;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Fetches a page the way a well-mannered crawler does: only where robots.txt allows, one request at a time per
 * host, spaced by the larger of the configured politeness delay and the host's Crawl-delay (capped), held back for
 * as long as a server's Retry-After asks, and never more than the global concurrency at once ({@link HostQueues}).
 */
@ApplicationScoped
public class PoliteFetcher {
    private final PageFetcher fetcher;
    private final RobotsTxt robots;
    private final FetcherConfig config;
    private final FetchMetrics metrics;
    private final HostQueues queues;

    PoliteFetcher(PageFetcher fetcher, RobotsTxt robots, FetcherConfig config, FetchMetrics metrics) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.config = config;
        this.metrics = metrics;
        this.queues = new HostQueues(config.concurrency());
    }

    /** An HTML page, once its host's turn comes. @param url a normalised http(s) URL */
    public CompletableFuture<FetchedPage> fetch(String url) {
        return politely(url, () -> {
            long start = System.nanoTime();
            FetchedPage page = fetcher.fetch(url);
            metrics.fetched(url, Duration.ofNanos(System.nanoTime() - start), page.html().length());
            return page;
        });
    }

    /**
     * Any document, undecoded (feeds, sitemaps, listing pages), asking only for a version newer than
     * {@code known}: see {@link FetchedBody#unchanged()}. Waits for the host's turn. @param url a normalised
     * http(s) URL
     */
    public FetchedBody fetchBody(String url, Validators known) throws FetchException {
        try {
            return politely(url, () -> fetcher.fetchBody(url, known)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof FetchException fetchException) {
                throw fetchException;
            }
            throw e;
        }
    }

    private <T> CompletableFuture<T> politely(String url, Callable<T> request) {
        String host = URI.create(url).getRawAuthority();
        return queues.submit(host, () -> {
            BaseRobotRules rules = robots.rulesFor(url);
            if (!rules.isAllowed(url)) {
                throw new FetchException("robots-disallowed", url + ": disallowed by robots.txt");
            }
            queues.pace(host, delay(rules));
            try {
                return request.call();
            } catch (FetchException e) {
                e.retryAfter().ifPresent(wait -> queues.defer(host, wait));
                throw e;
            }
        });
    }

    private Duration delay(BaseRobotRules rules) {
        Duration delay = config.politenessDelay();
        long crawlDelay = rules.getCrawlDelay();
        if (crawlDelay != BaseRobotRules.UNSET_CRAWL_DELAY && crawlDelay > delay.toMillis()) {
            delay = Duration.ofMillis(Math.min(crawlDelay, config.maxCrawlDelay().toMillis()));
        }
        return delay;
    }

    @PreDestroy
    void stop() {
        queues.close();
    }
}
