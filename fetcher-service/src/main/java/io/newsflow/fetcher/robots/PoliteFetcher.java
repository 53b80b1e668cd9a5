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
import java.time.Duration;

/**
 * Fetches a page the way a well-mannered crawler does: only where robots.txt allows, one request at a time per
 * host, spaced by the larger of the configured politeness delay and the host's Crawl-delay (capped), and held
 * back for as long as a server's Retry-After asks.
 */
@ApplicationScoped
public class PoliteFetcher {
    private final PageFetcher fetcher;
    private final RobotsTxt robots;
    private final FetcherConfig config;
    private final FetchMetrics metrics;
    private final HostPoliteness politeness = new HostPoliteness();

    PoliteFetcher(PageFetcher fetcher, RobotsTxt robots, FetcherConfig config, FetchMetrics metrics) {
        this.fetcher = fetcher;
        this.robots = robots;
        this.config = config;
        this.metrics = metrics;
    }

    /** An HTML page. @param url a normalised http(s) URL */
    public FetchedPage fetch(String url) throws FetchException {
        return politely(url, () -> {
            long start = System.nanoTime();
            FetchedPage page = fetcher.fetch(url);
            metrics.fetched(url, Duration.ofNanos(System.nanoTime() - start), page.html().length());
            return page;
        });
    }

    /**
     * Any document, undecoded (feeds, sitemaps, listing pages), asking only for a version newer than
     * {@code known}: see {@link FetchedBody#unchanged()}. @param url a normalised http(s) URL
     */
    public FetchedBody fetchBody(String url, Validators known) throws FetchException {
        return politely(url, () -> fetcher.fetchBody(url, known));
    }

    private <T> T politely(String url, HostPoliteness.Request<T, FetchException> request) throws FetchException {
        BaseRobotRules rules = robots.rulesFor(url);
        if (!rules.isAllowed(url)) {
            throw new FetchException("robots-disallowed", url + ": disallowed by robots.txt");
        }
        String host = URI.create(url).getRawAuthority();
        try {
            return politeness.call(host, delay(rules), request);
        } catch (FetchException e) {
            e.retryAfter().ifPresent(wait -> politeness.defer(host, wait));
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", url + ": fetcher shutting down");
        }
    }

    private Duration delay(BaseRobotRules rules) {
        Duration delay = config.politenessDelay();
        long crawlDelay = rules.getCrawlDelay();
        if (crawlDelay != BaseRobotRules.UNSET_CRAWL_DELAY && crawlDelay > delay.toMillis()) {
            delay = Duration.ofMillis(Math.min(crawlDelay, config.maxCrawlDelay().toMillis()));
        }
        return delay;
    }
}
