package io.newsflow.fetcher.sources;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.fetcher.CrawlService;
import io.newsflow.fetcher.FetcherConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Crawls the configured sources file once the service is up. The file is read and validated at start, so a
 * broken file stops the service with the reason instead of crawling nothing.
 */
@ApplicationScoped
public class SourcesCrawler {
    private static final Logger LOG = Logger.getLogger(SourcesCrawler.class);

    private final CrawlService crawl;
    private final FetcherConfig config;
    private final AtomicInteger crawling;

    SourcesCrawler(CrawlService crawl, FetcherConfig config, MeterRegistry metrics) {
        this.crawl = crawl;
        this.config = config;
        this.crawling = metrics.gauge("newsflow.fetcher.sources.crawling", new AtomicInteger());
    }

    void onStart(@Observes StartupEvent event) {
        config.sourcesFile().ifPresent(file -> {
            List<Source> sources = SourcesFile.read(file);
            LOG.infof("crawling %d source(s) from %s", sources.size(), file);
            crawling.set(1);
            new Thread(() -> {
                try {
                    sources.forEach(crawl::crawl);
                } finally {
                    crawling.set(0);
                }
            }, "sources-crawler").start();
        });
    }
}
