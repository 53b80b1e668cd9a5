package io.newsflow.fetcher.sources;

import io.newsflow.fetcher.FetchMetrics;
import io.newsflow.fetcher.fetch.FetchException;
import io.newsflow.fetcher.fetch.FetchedBody;
import io.newsflow.fetcher.fetch.PageFetcher;
import io.newsflow.fetcher.fetch.Validators;
import io.newsflow.fetcher.robots.PoliteFetcher;
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
import java.util.function.Consumer;

/**
 * Reads a seed (feed, listing page, sitemap or sitemap index) for the article links it lists. A re-read sends the
 * validators the server gave last time (conditional GET), and a {@code 304} means there is nothing new. Every
 * replica offers its sources' seeds on schedule; the replica owning the seed's host reads it at most once per
 * half re-poll interval, so more replicas do not mean more polls.
 */
@ApplicationScoped
public class SeedReader {
    private static final int MAX_SITEMAPS_PER_SEED = 100;

    private final PoliteFetcher fetcher;
    private final FetchMetrics metrics;
    /** Per seed document (a bounded few), the validators of the version last read. */
    private final Map<String, Validators> validators = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastRead = new ConcurrentHashMap<>();

    SeedReader(PoliteFetcher fetcher, FetchMetrics metrics) {
        this.fetcher = fetcher;
        this.metrics = metrics;
    }

    /** Reads the seed unless it was read less than half of {@code repoll} ago, passing each link to {@code found}. */
    public void read(Seed seed, Duration repoll, Consumer<String> found) throws FetchException {
        Instant now = Instant.now();
        Instant previous = lastRead.get(seed.url());
        if (previous != null && previous.plus(repoll.dividedBy(2)).isAfter(now)) {
            return;
        }
        lastRead.put(seed.url(), now);
        switch (seed.kind()) {
            case Seed.LISTING -> {
                Optional<FetchedBody> page = changed(seed.url());
                if (page.isPresent()) {
                    LinkDiscovery.links(PageFetcher.decode(page.get()), seed).forEach(found);
                }
            }
            case Seed.FEED -> {
                Optional<FetchedBody> feed = changed(seed.url());
                if (feed.isPresent()) {
                    FeedDiscovery.links(feed.get(), seed).forEach(found);
                }
            }
            case Seed.SITEMAP -> readSitemaps(seed, found);
            default -> found.accept(seed.url());
        }
    }

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

    /** A sitemap, or an index and the sitemaps it lists, up to a bound so that no site can hold us forever. */
    private void readSitemaps(Seed seed, Consumer<String> found) throws FetchException {
        Deque<String> queue = new ArrayDeque<>(List.of(seed.url()));
        Set<String> read = new HashSet<>();
        while (!queue.isEmpty() && read.size() < MAX_SITEMAPS_PER_SEED) {
            String next = queue.poll();
            if (!read.add(next)) {
                continue;
            }
            Optional<FetchedBody> body = changed(next);
            if (body.isPresent()) {
                SitemapDiscovery.Found sitemap = SitemapDiscovery.parse(body.get(), seed);
                sitemap.pages().forEach(found);
                queue.addAll(sitemap.sitemaps());
            }
        }
    }
}
