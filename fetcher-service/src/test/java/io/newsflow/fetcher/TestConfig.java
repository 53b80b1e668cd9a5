package io.newsflow.fetcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Fetcher settings for unit tests: the defaults, with a short politeness delay. */
public record TestConfig(Duration politenessDelay) implements FetcherConfig {
    @Override
    public String userAgent() {
        return "NewsflowBot/0.1 (+https://example.org/bot)";
    }

    @Override
    public Duration timeout() {
        return Duration.ofSeconds(5);
    }

    @Override
    public int maxBodyBytes() {
        return 1_000_000;
    }

    @Override
    public Duration maxCrawlDelay() {
        return Duration.ofSeconds(30);
    }

    @Override
    public Duration robotsCacheTtl() {
        return Duration.ofHours(24);
    }

    @Override
    public int concurrency() {
        return 2;
    }

    @Override
    public Optional<Path> sourcesFile() {
        return Optional.empty();
    }
}
