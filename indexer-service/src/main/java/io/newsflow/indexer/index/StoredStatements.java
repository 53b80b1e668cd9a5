package io.newsflow.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.indexer.IndexerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * How many statements a replaced article still has stored, so that a new parse with fewer statements can delete
 * the surplus (no orphans). Asked only of articles whose write replaced a stored version: a new article has none.
 * Statement ids are numbered from 0 without gaps, so the stored ones from the new count on are found by real-time
 * gets of the next ids, a window at a time, until a window comes back short. Waits out an unavailable
 * Elasticsearch like the writer does.
 */
@ApplicationScoped
public class StoredStatements {
    private static final Logger LOG = Logger.getLogger(StoredStatements.class);
    /** Ids asked for per article and round: a re-parse seldom loses more statements than this. */
    private static final int WINDOW = 32;

    private final ElasticsearchClient client;
    private final IndexerConfig config;

    StoredStatements(ElasticsearchClient client, IndexerConfig config) {
        this.client = client;
        this.config = config;
    }

    /**
     * The number of statements stored for each article, at least its new count.
     *
     * @param newCounts the articles by id, with the number of statements their new parse has
     */
    public Map<String, Integer> counts(String statementsIndex, Map<String, Integer> newCounts) {
        Map<String, Integer> counts = new HashMap<>(newCounts);
        Map<String, Integer> probing = new HashMap<>(newCounts);
        while (!probing.isEmpty()) {
            List<String> ids = new ArrayList<>();
            probing.forEach((article, first) -> {
                for (int n = first; n < first + WINDOW; n++) {
                    ids.add(StatementDocuments.id(article, n));
                }
            });
            Set<String> stored = stored(statementsIndex, ids);
            Map<String, Integer> next = new HashMap<>();
            probing.forEach((article, first) -> {
                for (int n = first; n < first + WINDOW; n++) {
                    if (stored.contains(StatementDocuments.id(article, n))) {
                        counts.put(article, n + 1);
                    }
                }
                if (counts.get(article) == first + WINDOW) {
                    next.put(article, first + WINDOW);
                }
            });
            probing = next;
        }
        return counts;
    }

    private Set<String> stored(String statementsIndex, List<String> ids) {
        Backoff backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        while (true) {
            try {
                MgetResponse<ObjectNode> response = client.mget(m -> m.index(statementsIndex).ids(ids)
                        .source(s -> s.fetch(false)), ObjectNode.class);
                Set<String> found = new HashSet<>();
                for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
                    if (item.isResult() && item.result().found()) {
                        found.add(item.result().id());
                    }
                }
                return found;
            } catch (IOException | RuntimeException e) {
                LOG.warnf("Elasticsearch unavailable (%s); looking for stored statements again in %s", e.getMessage(),
                        backoff.next());
                backoff.pause();
            }
        }
    }
}
