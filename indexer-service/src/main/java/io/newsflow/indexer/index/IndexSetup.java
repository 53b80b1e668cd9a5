package io.newsflow.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.newsflow.indexer.IndexerConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
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
    private final RestClient rest;
    private final IndexerConfig config;

    IndexSetup(ElasticsearchClient client, RestClient rest, IndexerConfig config) {
        this.client = client;
        this.rest = rest;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        boolean languageAnalyzers = hasLanguageAnalyzers();
        if (!languageAnalyzers) {
            LOG.warn("this Elasticsearch has no analysis-common module (the official images have it): title and "
                    + "text are indexed with the standard analyzer only, without per-language sub-fields");
        }
        ensureIndex(config.alias(), LanguageAnalysis.index(ARTICLES_MAPPING, languageAnalyzers));
        ensureIndex(config.statementsAlias(), LanguageAnalysis.index(STATEMENTS_MAPPING, languageAnalyzers));
    }

    /** Whether every node has the module that holds the language analyzers. */
    private boolean hasLanguageAnalyzers() {
        try {
            Response response = rest.performRequest(new Request("GET", "/_nodes/plugins?filter_path=nodes.*.modules.name"));
            String body = new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
            return body.contains("\"analysis-common\"");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch at " + config.elasticsearchUrl() + ": "
                    + e.getMessage(), e);
        }
    }

    private void ensureIndex(String alias, ObjectNode definition) {
        try {
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                return;
            }
            String index = alias + "-v1";
            try (InputStream json = new ByteArrayInputStream(definition.toString().getBytes(StandardCharsets.UTF_8))) {
                client.indices().create(c -> c.withJson(json).index(index).aliases(alias, a -> a.isWriteIndex(true)));
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
