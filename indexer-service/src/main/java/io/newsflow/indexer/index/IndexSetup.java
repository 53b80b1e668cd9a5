package io.newsflow.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.newsflow.indexer.IndexerConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;

/**
 * Makes sure the articles and statements aliases exist before anything is written: when one is missing, creates
 * the first versioned index ({@code <alias>-v1}) with the bundled mapping and points the alias at it. Idempotent, and
 * safe when several indexers start at once.
 */
@ApplicationScoped
public class IndexSetup {
    private static final Logger LOG = Logger.getLogger(IndexSetup.class);
    static final String ARTICLES_MAPPING = "/elasticsearch/news-articles.json";
    static final String STATEMENTS_MAPPING = "/elasticsearch/news-statements.json";

    private final ElasticsearchClient client;
    private final IndexerConfig config;

    IndexSetup(ElasticsearchClient client, IndexerConfig config) {
        this.client = client;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        ensureIndex(config.alias(), ARTICLES_MAPPING);
        ensureIndex(config.statementsAlias(), STATEMENTS_MAPPING);
    }

    private void ensureIndex(String alias, String mappingResource) {
        try {
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                return;
            }
            String index = alias + "-v1";
            try (InputStream mapping = IndexSetup.class.getResourceAsStream(mappingResource)) {
                client.indices().create(c -> c.withJson(mapping).index(index).aliases(alias, a -> a.isWriteIndex(true)));
            }
            LOG.infof("created index %s behind alias %s", index, alias);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch at " + config.elasticsearchUrl()
                    + " to set up the index: " + e.getMessage(), e);
        }
    }
}
