package io.newsflow.fetcher;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;

/**
 * The fetcher's Prometheus metrics, by host: {@code newsflow_fetcher_pages_total{outcome,reason,host}} (outcome
 * published, failed or known), {@code newsflow_fetcher_retries_total{reason,host}},
 * {@code newsflow_fetcher_fetch_seconds{host}} (request time, politeness waits excluded) and
 * {@code newsflow_fetcher_page_chars{host}} (decoded page size).
 */
@ApplicationScoped
public class FetchMetrics {
    private final MeterRegistry registry;

    FetchMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void page(String outcome, String reason, String url) {
        registry.counter("newsflow.fetcher.pages", "outcome", outcome, "reason", reason, "host", host(url)).increment();
    }

    public void retry(String reason, String url) {
        registry.counter("newsflow.fetcher.retries", "reason", reason, "host", host(url)).increment();
    }

    public void fetched(String url, Duration took, int chars) {
        Timer.builder("newsflow.fetcher.fetch").description("time to fetch a page, politeness waits excluded")
                .tag("host", host(url)).publishPercentileHistogram().register(registry).record(took);
        DistributionSummary.builder("newsflow.fetcher.page").baseUnit("chars").description("decoded page size")
                .tag("host", host(url)).register(registry).record(chars);
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "unknown" : host;
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }
}
