package io.newsflow.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.indexer.IndexerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * How many statements the stored version of each article has, so that a new parse with fewer statements can
 * delete the surplus (no orphans). Waits out an unavailable Elasticsearch like the writer does.
 */
@ApplicationScoped
public class StoredStatementCounts {
    private static final Logger LOG = Logger.getLogger(StoredStatementCounts.class);

    private final ElasticsearchClient client;
    private final IndexerConfig config;

    StoredStatementCounts(ElasticsearchClient client, IndexerConfig config) {
        this.client = client;
        this.config = config;
    }

    /** Statement counts by article id, read from the given articles index or alias. */
    public Map<String, Integer> of(String articlesIndex, List<String> articleIds) {
        Map<String, Integer> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        while (true) {
            try {
                MgetResponse<ObjectNode> response = client.mget(m -> m.index(articlesIndex).ids(articleIds)
                        .sourceIncludes("statementCount"), ObjectNode.class);
                for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
                    if (item.isResult() && item.result().found() && item.result().source() != null) {
                        counts.put(item.result().id(), item.result().source().path("statementCount").asInt());
                    }
                }
                return counts;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Elasticsearch unavailable (%s); reading statement counts again in %s", e.getMessage(),
                        backoff.next());
                backoff.pause();
            }
        }
    }
}
