package io.newsflow.indexer.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.indexer.IndexerConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NByteArrayEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
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
    private static final String UPDATED = "updated";
    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

    private final RestClient http;
    private final ObjectMapper mapper;
    private final IndexerConfig config;
    private final MeterRegistry metrics;
    private final Timer bulkTime;
    private final BulksInFlight inFlight;

    BulkWriter(RestClient http, ObjectMapper mapper, IndexerConfig config, MeterRegistry metrics) {
        this.http = http;
        this.mapper = mapper;
        this.config = config;
        this.metrics = metrics;
        this.inFlight = new BulksInFlight(config.bulksInFlight());
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
     * @param replaced writes that replaced a stored document rather than creating one
     */
    public record Outcome<T>(List<Rejection<T>> rejected, List<IndexRequest<T>> stale, List<IndexRequest<T>> replaced) {
    }

    public <T> Outcome<T> write(List<IndexRequest<T>> requests) {
        List<Rejection<T>> rejected = new ArrayList<>();
        List<IndexRequest<T>> stale = new ArrayList<>();
        List<IndexRequest<T>> replaced = new ArrayList<>();
        List<IndexRequest<T>> remaining = requests;
        Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        while (!remaining.isEmpty()) {
            List<IndexRequest<T>> retry = new ArrayList<>();
            try {
                List<BulkItem> items = send(remaining);
                for (int i = 0; i < items.size(); i++) {
                    BulkItem item = items.get(i);
                    IndexRequest<T> request = remaining.get(i);
                    if (item.error() == null) {
                        if (UPDATED.equals(item.result())) {
                            replaced.add(request);
                        }
                    } else if (item.status() == NOT_FOUND && request.document() == null) {
                        continue;
                    } else if (item.status() == CONFLICT) {
                        stale.add(request);
                    } else if (RETRYABLE.contains(item.status())) {
                        metrics.counter("newsflow.indexer.bulk.failures", "kind", "retried", "status",
                                String.valueOf(item.status())).increment();
                        retry.add(request);
                    } else {
                        metrics.counter("newsflow.indexer.bulk.failures", "kind", "rejected", "status",
                                String.valueOf(item.status())).increment();
                        rejected.add(new Rejection<>(request, item.error()));
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
        return new Outcome<>(rejected, stale, replaced);
    }

    private <T> List<BulkItem> send(List<IndexRequest<T>> requests) throws IOException {
        Request request = new Request("POST", "/_bulk");
        request.addParameter("filter_path", BulkItem.FILTER_PATH);
        request.setEntity(new NByteArrayEntity(BulkBody.of(requests, mapper), NDJSON));
        SortedSet<String> indices = new TreeSet<>();
        requests.forEach(r -> indices.add(r.index()));
        Response response = inFlight.send(indices, () -> {
            long start = System.nanoTime();
            Response answer = http.performRequest(request);
            bulkTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            return answer;
        });
        List<BulkItem> items = BulkItem.of(mapper.readTree(response.getEntity().getContent()));
        if (items.size() != requests.size()) {
            throw new IllegalStateException("Elasticsearch answered " + items.size() + " items for " + requests.size());
        }
        return items;
    }
}
