package io.newsflow.fetcher;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.RawPage;
import io.newsflow.fetcher.fetch.FetchException;
import io.newsflow.fetcher.fetch.FetchedPage;
import io.newsflow.fetcher.fetch.RetryPolicy;
import io.newsflow.fetcher.fetch.UrlNormaliser;
import io.newsflow.fetcher.frontier.Frontier;
import io.newsflow.fetcher.frontier.FrontierEntry;
import io.newsflow.fetcher.publish.RawPagePublisher;
import io.newsflow.fetcher.robots.PoliteFetcher;
import io.newsflow.fetcher.sources.Seed;
import io.newsflow.fetcher.sources.SeedReader;
import io.newsflow.fetcher.sources.Source;
import io.newsflow.fetcher.state.FetchStateStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Turns sources and submitted URLs into fetches. Everything to do goes through the {@link Frontier}, keyed by host,
 * and comes back to the replica that owns the host: seeds are read for links there ({@link SeedReader}), pages
 * fetched before (by any replica, before any restart: {@link FetchStateStore}) are skipped, and the rest are
 * fetched politely (robots.txt, per-host queues and spacing, a global concurrency limit) and published to
 * {@code news.raw}. Transient failures are retried with backoff ({@link RetryPolicy}); a page waiting for its
 * retry is still unfinished, so a crash meanwhile hands it to the next owner.
 */
@ApplicationScoped
public class CrawlService implements Frontier.Worker {
    private static final Logger LOG = Logger.getLogger(CrawlService.class);

    private final PoliteFetcher fetcher;
    private final SeedReader seeds;
    private final RawPagePublisher publisher;
    private final FetchStateStore state;
    private final Frontier frontier;
    private final FetchMetrics metrics;
    private final Tracer tracer;
    /** Seeds are read on their own threads, which wait for their hosts' turns; pages never need a thread to wait. */
    private final ExecutorService seedReaders;
    /** Publish fetched pages and record them, off the fetch threads. */
    private final ExecutorService publishers;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor();
    private final RetryPolicy retryPolicy;
    private final Duration defaultRepoll;
    /** Pages being worked on here, so that a URL queued twice is fetched once. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    CrawlService(PoliteFetcher fetcher, SeedReader seeds, RawPagePublisher publisher, FetchStateStore state,
                 Frontier frontier, FetchMetrics metrics, MeterRegistry registry, Tracer tracer, FetcherConfig config) {
        this.fetcher = fetcher;
        this.seeds = seeds;
        this.publisher = publisher;
        this.state = state;
        this.frontier = frontier;
        this.metrics = metrics;
        this.tracer = tracer;
        this.seedReaders = Executors.newFixedThreadPool(config.concurrency());
        // bounded, and the fetch thread publishes itself when it is full: fetched pages never pile up in memory
        this.publishers = new ThreadPoolExecutor(config.concurrency(), config.concurrency(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(config.concurrency()), new ThreadPoolExecutor.CallerRunsPolicy());
        this.retryPolicy = new RetryPolicy(config.maxAttempts(), config.retryBackoff());
        this.defaultRepoll = config.repoll();
        Gauge.builder("newsflow.fetcher.pending", frontier, Frontier::pending)
                .description("frontier records of this replica's hosts not finished yet").register(registry);
    }

    /** Starts taking the frontier's work, after the fetch state is loaded (lower priority value = earlier). */
    void onStart(@Observes @Priority(2000) StartupEvent event) throws Exception {
        frontier.start(this);
    }

    /**
     * Queues a URL on the frontier unless it has been fetched before (within {@code recrawl}, when not zero);
     * {@link #flush()} makes sure Kafka has it.
     *
     * @return the page id
     * @throws IllegalArgumentException when the URL is invalid or not http(s)
     */
    public String submit(String url, String source, Duration recrawl) {
        String normalised = UrlNormaliser.normalise(url);
        String id = ArticleIds.fromUrl(normalised);
        if (state.due(id, recrawl, Instant.now())) {
            frontier.offer(FrontierEntry.page(normalised, source, recrawl));
        } else {
            metrics.page("known", "fetched-before", normalised);
        }
        return id;
    }

    /** Queues the seeds of a source for reading by whichever replica owns their hosts. */
    public void crawl(Source source) {
        Duration repoll = source.repollInterval(defaultRepoll);
        Duration recrawl = source.recrawlInterval();
        for (Seed seed : source.seeds()) {
            try {
                String url = UrlNormaliser.normalise(seed.url());
                if (Seed.URL.equals(seed.kind())) {
                    submit(url, source.name(), recrawl);
                } else {
                    Seed normalised = new Seed(seed.kind(), url, seed.allow(), seed.deny());
                    frontier.offer(new FrontierEntry(url, source.name(), normalised, repoll.toSeconds(),
                            recrawl.toSeconds()));
                }
            } catch (IllegalArgumentException e) {
                LOG.warnf("skipping seed %s of %s: %s", seed.url(), source.name(), e.getMessage());
            }
        }
        flush();
    }

    /** Waits until Kafka has every URL and seed queued so far. */
    public void flush() {
        frontier.flush();
    }

    @Override
    public void take(FrontierEntry entry, Frontier.Ticket ticket) {
        if (entry.isSeed()) {
            seedReaders.execute(() -> readSeed(entry, ticket));
            return;
        }
        String id = ArticleIds.fromUrl(entry.url());
        if (!state.due(id, entry.recrawl(), Instant.now())) {
            metrics.page("known", "fetched-before", entry.url());
            ticket.done();
        } else if (inFlight.add(entry.url())) {
            attempt(entry, id, ticket, 1);
        } else {
            ticket.done();
        }
    }

    private void readSeed(FrontierEntry entry, Frontier.Ticket ticket) {
        try {
            if (ticket.current()) {
                seeds.read(entry.seed(), Duration.ofSeconds(entry.repollSeconds()), link -> submitFound(link, entry));
                flush();
            }
        } catch (FetchException e) {
            failed(entry.url(), e);
        } catch (RuntimeException e) {
            LOG.errorf(e, "could not read seed %s", entry.url());
        } finally {
            ticket.done();
        }
    }

    private void submitFound(String link, FrontierEntry seed) {
        try {
            submit(link, seed.source(), seed.recrawl());
        } catch (IllegalArgumentException e) {
            LOG.debugf("skipping link %s found in %s: %s", link, seed.url(), e.getMessage());
        }
    }

    /**
     * One attempt at a page, queued for its host's turn; a transient failure schedules the next, and the page
     * stays unfinished meanwhile. One fetch is one trace span, whose context travels in the Kafka record's headers
     * to the parser and indexer; the URL is in the log context.
     */
    private void attempt(FrontierEntry entry, String id, Frontier.Ticket ticket, int attempt) {
        if (!ticket.current()) {
            finish(entry, ticket);
            return;
        }
        Span span = tracer.spanBuilder("fetch " + entry.source()).setAttribute("url.full", entry.url())
                .setAttribute("newsflow.article.id", id).startSpan();
        Context context = Context.current().with(span);
        // published on threads of its own, so that the host's next request does not wait for Kafka's acks
        fetcher.fetch(entry.url()).whenCompleteAsync((page, error) -> {
            MDC.put("url", entry.url());
            boolean retrying = false;
            try (Scope ignored = context.makeCurrent()) {
                retrying = error == null ? publish(entry, id, page) : failedAttempt(entry, id, ticket, attempt, error);
            } finally {
                MDC.remove("url");
                span.end();
                if (!retrying) {
                    finish(entry, ticket);
                }
            }
        }, publishers);
    }

    private void finish(FrontierEntry entry, Frontier.Ticket ticket) {
        inFlight.remove(entry.url());
        ticket.done();
    }

    /** @return false: a page published needs no retry */
    private boolean publish(FrontierEntry entry, String id, FetchedPage page) {
        try {
            Instant fetchedAt = Instant.now();
            publisher.publish(new RawPage(id, entry.url(), page.finalUrl(), page.status(), page.contentType(),
                    page.charset(), fetchedAt, entry.source(), page.truncated(), page.html()));
            state.record(id, fetchedAt);
            metrics.page("published", "ok", entry.url());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | ExecutionException e) {
            LOG.errorf(e, "could not publish %s", entry.url());
            metrics.page("failed", "publish", entry.url());
        }
        return false;
    }

    /** @return true when a retry has been scheduled */
    private boolean failedAttempt(FrontierEntry entry, String id, Frontier.Ticket ticket, int attempt, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (!(cause instanceof FetchException e)) {
            LOG.errorf(cause, "could not fetch %s", entry.url());
            metrics.page("failed", "error", entry.url());
            return false;
        }
        Optional<Duration> wait = retryPolicy.next(e, attempt);
        if (wait.isPresent() && !retries.isShutdown()) {
            LOG.infof("retrying %s in %s (attempt %d failed: %s)", entry.url(), wait.get(), attempt, e.reason());
            metrics.retry(e.reason(), entry.url());
            retries.schedule(() -> attempt(entry, id, ticket, attempt + 1), wait.get().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        }
        failed(entry.url(), e);
        return false;
    }

    private void failed(String url, FetchException e) {
        LOG.warnf("fetch failed (%s): %s", e.reason(), e.getMessage());
        metrics.page("failed", e.reason(), url);
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
        seedReaders.shutdownNow();
        publishers.shutdownNow();
    }
}
