package io.newsflow.fetcher;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.RawPage;
import io.newsflow.fetcher.fetch.FetchException;
import io.newsflow.fetcher.fetch.FetchedBody;
import io.newsflow.fetcher.fetch.FetchedPage;
import io.newsflow.fetcher.fetch.PageFetcher;
import io.newsflow.fetcher.fetch.RetryPolicy;
import io.newsflow.fetcher.fetch.UrlNormaliser;
import io.newsflow.fetcher.fetch.Validators;
import io.newsflow.fetcher.publish.RawPagePublisher;
import io.newsflow.fetcher.robots.PoliteFetcher;
import io.newsflow.fetcher.sources.FeedDiscovery;
import io.newsflow.fetcher.sources.LinkDiscovery;
import io.newsflow.fetcher.sources.SitemapDiscovery;
import io.newsflow.fetcher.sources.Seed;
import io.newsflow.fetcher.sources.Source;
import io.newsflow.fetcher.state.FetchStateStore;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Turns sources and submitted URLs into fetches: discovers article links, skips URLs fetched before (by any
 * replica, before any restart: {@link FetchStateStore}), fetches politely (robots.txt, per-host spacing) on a bounded pool and publishes each page to
 * {@code news.raw}. Transient failures are retried with backoff ({@link RetryPolicy}); a page waiting for its
 * retry still counts as pending.
 */
@ApplicationScoped
public class CrawlService {
    private static final Logger LOG = Logger.getLogger(CrawlService.class);
    private static final int MAX_SITEMAPS_PER_SEED = 100;

    private final PoliteFetcher fetcher;
    private final RawPagePublisher publisher;
    private final FetchStateStore state;
    private final FetchMetrics metrics;
    private final Tracer tracer;
    private final ExecutorService pool;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();
    private final RetryPolicy retryPolicy;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    /** Per seed document (feeds, listings, sitemaps: a bounded few), the validators of the version last read. */
    private final Map<String, Validators> validators = new ConcurrentHashMap<>();
    private final AtomicInteger pending;

    CrawlService(PoliteFetcher fetcher, RawPagePublisher publisher, FetchStateStore state, FetchMetrics metrics,
                 MeterRegistry registry, Tracer tracer, FetcherConfig config) {
        this.fetcher = fetcher;
        this.publisher = publisher;
        this.state = state;
        this.metrics = metrics;
        this.tracer = tracer;
        this.pool = Executors.newFixedThreadPool(config.concurrency());
        this.retryPolicy = new RetryPolicy(config.maxAttempts(), config.retryBackoff());
        this.pending = registry.gauge("newsflow.fetcher.pending", new AtomicInteger());
    }

    /**
     * Queues a URL for fetching unless this process has already taken it.
     *
     * @return the page id
     * @throws IllegalArgumentException when the URL is invalid or not http(s)
     */
    public String submit(String url, String source) {
        String normalised = UrlNormaliser.normalise(url);
        String id = ArticleIds.fromUrl(normalised);
        if (state.fetched(id)) {
            metrics.page("known", "fetched-before", normalised);
            return id;
        }
        if (seen.add(normalised)) {
            pending.incrementAndGet();
            pool.execute(() -> attempt(normalised, id, source, 1));
        }
        return id;
    }

    /** One attempt at a page; a transient failure schedules the next, and the page stays pending meanwhile. */
    private void attempt(String url, String id, String source, int attempt) {
        boolean retrying = false;
        try {
            retrying = fetchAndPublish(url, id, source, attempt);
        } finally {
            if (!retrying) {
                pending.decrementAndGet();
            }
        }
    }

    /** Discovers and queues the articles of every seed of the source. */
    public void crawl(Source source) {
        for (Seed seed : source.seeds()) {
            try {
                String url = UrlNormaliser.normalise(seed.url());
                switch (seed.kind()) {
                    case Seed.LISTING -> {
                        Optional<FetchedBody> page = changed(url);
                        if (page.isPresent()) {
                            LinkDiscovery.links(PageFetcher.decode(page.get()), seed).forEach(link -> submit(link, source.name()));
                        }
                    }
                    case Seed.FEED -> {
                        Optional<FetchedBody> feed = changed(url);
                        if (feed.isPresent()) {
                            FeedDiscovery.links(feed.get(), seed).forEach(link -> submit(link, source.name()));
                        }
                    }
                    case Seed.SITEMAP -> crawlSitemaps(url, seed, source);
                    default -> submit(url, source.name());
                }
            } catch (FetchException e) {
                failed(seed.url(), e);
            }
        }
    }

    /**
     * A seed document if it changed since the last poll: a re-poll sends the validators the server gave last
     * time (conditional GET), and a {@code 304} means there is nothing new to discover.
     */
    private Optional<FetchedBody> changed(String url) throws FetchException {
        FetchedBody body = fetcher.fetchBody(url, validators.getOrDefault(url, Validators.NONE));
        if (body.unchanged()) {
            metrics.page("unchanged", "not-modified", url);
            return Optional.empty();
        }
        if (!body.validators().isEmpty()) {
            validators.put(url, body.validators());
        }
        return Optional.of(body);
    }

    /** Reads a sitemap, or an index and the sitemaps it lists, up to a bound so that no site can hold us forever. */
    private void crawlSitemaps(String url, Seed seed, Source source) throws FetchException {
        Deque<String> queue = new ArrayDeque<>(List.of(url));
        Set<String> read = new HashSet<>();
        while (!queue.isEmpty() && read.size() < MAX_SITEMAPS_PER_SEED) {
            String next = queue.poll();
            if (!read.add(next)) {
                continue;
            }
            Optional<FetchedBody> body = changed(next);
            if (body.isPresent()) {
                SitemapDiscovery.Found found = SitemapDiscovery.parse(body.get(), seed);
                found.pages().forEach(page -> submit(page, source.name()));
                queue.addAll(found.sitemaps());
            }
        }
    }

    /**
     * One fetch as one trace span, whose context travels in the Kafka record's headers to the parser and indexer;
     * the URL is in the log context.
     *
     * @return true when a retry has been scheduled
     */
    private boolean fetchAndPublish(String url, String id, String source, int attempt) {
        Span span = tracer.spanBuilder("fetch " + source).setAttribute("url.full", url)
                .setAttribute("newsflow.article.id", id).startSpan();
        MDC.put("url", url);
        try (Scope ignored = span.makeCurrent()) {
            return fetchAndPublishTraced(url, id, source, attempt);
        } finally {
            MDC.remove("url");
            span.end();
        }
    }

    private boolean fetchAndPublishTraced(String url, String id, String source, int attempt) {
        try {
            FetchedPage page = fetcher.fetch(url);
            Instant fetchedAt = Instant.now();
            publisher.publish(new RawPage(id, url, page.finalUrl(), page.status(), page.contentType(),
                    page.charset(), fetchedAt, source, page.truncated(), page.html()));
            state.record(id, fetchedAt);
            // From now on the fetch state answers for this page; keeping it here too would grow without end.
            seen.remove(url);
            metrics.page("published", "ok", url);
        } catch (FetchException e) {
            Optional<Duration> wait = retryPolicy.next(e, attempt);
            if (wait.isPresent() && !retries.isShutdown()) {
                LOG.infof("retrying %s in %s (attempt %d failed: %s)", url, wait.get(), attempt, e.reason());
                metrics.retry(e.reason(), url);
                retries.schedule(() -> pool.execute(() -> attempt(url, id, source, attempt + 1)),
                        wait.get().toMillis(), TimeUnit.MILLISECONDS);
                return true;
            }
            failed(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            seen.remove(url);
        } catch (RuntimeException | ExecutionException e) {
            LOG.errorf(e, "could not publish %s", url);
            seen.remove(url);
            metrics.page("failed", "publish", url);
        }
        return false;
    }

    private void failed(String url, FetchException e) {
        LOG.warnf("fetch failed (%s): %s", e.reason(), e.getMessage());
        metrics.page("failed", e.reason(), url);
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
        pool.shutdownNow();
    }
}
