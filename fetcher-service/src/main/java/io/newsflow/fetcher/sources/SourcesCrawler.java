package io.newsflow.fetcher.sources;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.fetcher.CrawlService;
import io.newsflow.fetcher.FetcherConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Polls the sources: each source's feeds, listings and sitemaps are read when due and again every re-poll
 * interval, and the sources file is read again when it changes. The file is validated at start, so a broken file
 * stops the service with the reason; a file broken later is reported and the last good one stays in force.
 */
@ApplicationScoped
public class SourcesCrawler {
    private static final Logger LOG = Logger.getLogger(SourcesCrawler.class);
    private static final long TICK_SECONDS = 1;

    private final CrawlService crawl;
    private final FetcherConfig config;
    private final SourceBook book;
    private final AtomicInteger crawling;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "sources-crawler");
        thread.setDaemon(true);
        return thread;
    });
    private FileTime fileVersion;
    private long ticks;

    SourcesCrawler(CrawlService crawl, FetcherConfig config, MeterRegistry metrics) {
        this.crawl = crawl;
        this.config = config;
        this.book = new SourceBook(config.repoll());
        this.crawling = metrics.gauge("newsflow.fetcher.sources.crawling", new AtomicInteger());
    }

    /** The sources and their schedule, for the API. */
    public SourceBook book() {
        return book;
    }

    void onStart(@Observes StartupEvent event) {
        config.sourcesFile().ifPresent(file -> {
            List<Source> sources = SourcesFile.read(file);
            fileVersion = modified(file);
            book.replaceFileSources(sources, Instant.now());
            LOG.infof("polling %d source(s) from %s", sources.size(), file);
        });
        crawling.set(book.entries().isEmpty() ? 0 : 1);
        scheduler.scheduleWithFixedDelay(this::tick, 0, TICK_SECONDS, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            if (++ticks % Math.max(1, config.sourcesReloadInterval().toSeconds()) == 0) {
                config.sourcesFile().ifPresent(this::reloadIfChanged);
            }
            List<Source> due = book.takeDue(Instant.now());
            if (!due.isEmpty()) {
                crawling.set(1);
                due.forEach(crawl::crawl);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "polling the sources failed; trying again");
        } finally {
            crawling.set(0);
        }
    }

    private void reloadIfChanged(Path file) {
        FileTime version = modified(file);
        if (version == null || version.equals(fileVersion)) {
            return;
        }
        fileVersion = version;
        try {
            List<Source> sources = SourcesFile.read(file);
            book.replaceFileSources(sources, Instant.now());
            LOG.infof("sources file %s changed: now %d source(s)", file, sources.size());
        } catch (IllegalArgumentException e) {
            LOG.errorf("sources file changed but is not valid, keeping the previous one: %s", e.getMessage());
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
