package io.newsflow.indexer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The indexer's settings, under {@code newsflow.indexer}. */
@ConfigMapping(prefix = "newsflow.indexer")
public interface IndexerConfig {
    /** Elasticsearch's address, e.g. {@code http://127.0.0.1:9200}. */
    @WithDefault("http://127.0.0.1:9200")
    String elasticsearchUrl();

    /** Basic-auth user for Elasticsearch, if security is on. */
    Optional<String> username();

    /** Basic-auth password for Elasticsearch; never logged. */
    Optional<String> password();

    /** An Elasticsearch API key (the encoded form), used instead of basic auth when set; never logged. */
    Optional<String> elasticsearchApiKey();

    /**
     * A PEM file with the CA certificate(s) that signed Elasticsearch's HTTP certificate, for an {@code https} URL
     * whose certificate is not in the JVM's trust store (the official images make their own CA).
     */
    Optional<Path> caFile();

    /** The key that {@code POST /api/admin/*} requests must present; the admin API is open when unset. */
    Optional<String> apiKey();

    /** The alias that readers and writers use; the indexer creates {@code <alias>-v1} behind it when missing. */
    @WithDefault("news-articles")
    String alias();

    /** The alias of the statements index: one flat document per statement, for Kibana's aggregations. */
    @WithDefault("news-statements")
    String statementsAlias();

    /**
     * Bulk requests one indexer sends at a time into the same index. Its consumers prepare their batches in
     * parallel, and one's articles and another's statements go to Elasticsearch together, but concurrent bulks into
     * one shard each fill a segment of their own, and on a small node the extra segments and merges cost more than
     * the overlap gains (measured in docs/performance.md). Raise it for a node with cores to spare.
     */
    @WithDefault("1")
    int bulksInFlight();

    /** First wait before retrying a bulk request that Elasticsearch could not take; doubles up to {@link #maxBackoff()}. */
    @WithDefault("1s")
    Duration initialBackoff();

    /** Longest wait between retries while Elasticsearch is unavailable. */
    @WithDefault("30s")
    Duration maxBackoff();
}
