package io.newsflow.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.indexer.IndexerConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

/**
 * Prepares Elasticsearch before anything is written: puts the index templates of the articles and statements
 * aliases (so every {@code <alias>-v<N>} gets the current mapping), and when an alias is missing creates
 * {@code <alias>-v1} behind it. Idempotent, and safe when several indexers start at once.
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
        putTemplate(config.alias(), LanguageAnalysis.index(ARTICLES_MAPPING, languageAnalyzers));
        putTemplate(config.statementsAlias(), LanguageAnalysis.index(STATEMENTS_MAPPING, languageAnalyzers));
        ensureAlias(config.alias());
        ensureAlias(config.statementsAlias());
    }

    /** Whether every node has the module that holds the language analyzers. */
    private boolean hasLanguageAnalyzers() {
        try {
            Response response = rest.performRequest(new Request("GET", "/_nodes/plugins?filter_path=nodes.*.modules.name"));
            String body = new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8);
            return body.contains("\"analysis-common\"");
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private void putTemplate(String alias, ObjectNode definition) {
        Request request = new Request("PUT", "/_index_template/" + alias);
        request.setEntity(new StringEntity(IndexTemplate.of(alias, definition).toString(), ContentType.APPLICATION_JSON));
        try {
            rest.performRequest(request);
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private void ensureAlias(String alias) {
        try {
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                return;
            }
            String index = VersionedIndex.name(alias, 1);
            client.indices().create(c -> c.index(index).aliases(alias, a -> a.isWriteIndex(true)));
            LOG.infof("created index %s behind alias %s", index, alias);
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        } catch (IOException e) {
            throw unreachable(e);
        }
    }

    private UncheckedIOException unreachable(IOException e) {
        return new UncheckedIOException("cannot reach Elasticsearch at " + config.elasticsearchUrl()
                + " to set up the indices: " + e.getMessage(), e);
    }
}
