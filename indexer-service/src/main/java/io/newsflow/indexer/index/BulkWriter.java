package io.newsflow.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.newsflow.indexer.IndexerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Writes documents with the bulk API and returns only once every one is either stored or has failed for good.
 * Whatever Elasticsearch could not take for the moment (unreachable, 429, 5xx) is retried with exponential
 * backoff for as long as it takes, so nothing is dropped; rejections that retrying cannot fix (mapping errors)
 * are handed back with Elasticsearch's reason. A versioned write that finds a newer version stored is stale, not
 * an error: that is how a late re-delivery of an old parse loses to the newer one. Metrics:
 * {@code newsflow_indexer_bulk_seconds} per request and {@code newsflow_indexer_bulk_failures_total{kind,status}}
 * (kind retried, rejected or unavailable).
 */
@ApplicationScoped
public class BulkWriter {
    private static final Logger LOG = Logger.getLogger(BulkWriter.class);
    private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);
    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;

    private final ElasticsearchClient client;
    private final IndexerConfig config;
    private final MeterRegistry metrics;
    private final Timer bulkTime;

    BulkWriter(ElasticsearchClient client, IndexerConfig config, MeterRegistry metrics) {
        this.client = client;
        this.config = config;
        this.metrics = metrics;
        this.bulkTime = Timer.builder("newsflow.indexer.bulk").description("time of one bulk request")
                .publishPercentileHistogram().register(metrics);
        metrics.counter("newsflow.indexer.bulk.failures", "kind", "unavailable", "status", "none");
    }

    /** A document Elasticsearch refused for a reason retrying cannot fix. */
    public record Rejection<T>(IndexRequest<T> request, String reason) {
    }

    /**
     * What became of a bulk write.
     *
     * @param rejected writes refused for good (mapping errors)
     * @param stale    versioned writes skipped because a newer version is already stored
     */
    public record Outcome<T>(List<Rejection<T>> rejected, List<IndexRequest<T>> stale) {
    }

    public <T> Outcome<T> write(List<IndexRequest<T>> requests) {
        List<Rejection<T>> rejected = new ArrayList<>();
        List<IndexRequest<T>> stale = new ArrayList<>();
        List<IndexRequest<T>> remaining = requests;
        Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        while (!remaining.isEmpty()) {
            List<IndexRequest<T>> retry = new ArrayList<>();
            List<BulkOperation> operations = operations(remaining);
            try {
                long start = System.nanoTime();
                BulkResponse response = client.bulk(b -> b.operations(operations));
                bulkTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                List<BulkResponseItem> items = response.items();
                for (int i = 0; i < items.size(); i++) {
                    BulkResponseItem item = items.get(i);
                    if (item.error() == null || item.status() == NOT_FOUND && remaining.get(i).document() == null) {
                        continue;
                    }
                    if (item.status() == CONFLICT) {
                        stale.add(remaining.get(i));
                    } else if (RETRYABLE.contains(item.status())) {
                        metrics.counter("newsflow.indexer.bulk.failures", "kind", "retried", "status",
                                String.valueOf(item.status())).increment();
                        retry.add(remaining.get(i));
                    } else {
                        metrics.counter("newsflow.indexer.bulk.failures", "kind", "rejected", "status",
                                String.valueOf(item.status())).increment();
                        rejected.add(new Rejection<>(remaining.get(i), item.error().type() + ": " + item.error().reason()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                metrics.counter("newsflow.indexer.bulk.failures", "kind", "unavailable", "status", "none").increment();
                LOG.warnf("Elasticsearch unavailable (%s); retrying %d documents in %s", e.getMessage(),
                        remaining.size(), backoff.next());
                retry = remaining;
            }
            if (!retry.isEmpty()) {
                LOG.debugf("retrying %d of %d documents in %s", retry.size(), remaining.size(), backoff.next());
                backoff.pause();
            }
            remaining = retry;
        }
        return new Outcome<>(rejected, stale);
    }

    private <T> List<BulkOperation> operations(List<IndexRequest<T>> requests) {
        List<BulkOperation> operations = new ArrayList<>(requests.size());
        for (IndexRequest<T> request : requests) {
            if (request.document() == null) {
                operations.add(BulkOperation.of(op -> op.delete(d -> d.index(request.index()).id(request.id()))));
            } else if (request.version() == null) {
                operations.add(BulkOperation.of(op -> op.index(i -> i.index(request.index()).id(request.id())
                        .document(request.document()))));
            } else {
                operations.add(BulkOperation.of(op -> op.index(i -> i.index(request.index()).id(request.id())
                        .document(request.document()).version(request.version()).versionType(VersionType.ExternalGte))));
            }
        }
        return operations;
    }
}
