package io.newsflow.fetcher;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
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

    /** Pages fetched at the same time, over all hosts. */
    @WithDefault("4")
    int concurrency();

    /** The sources file (YAML) crawled at start; none means only URLs submitted to the API are fetched. */
    Optional<Path> sourcesFile();
}
