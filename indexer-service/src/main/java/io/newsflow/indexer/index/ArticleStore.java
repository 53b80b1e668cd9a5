package io.newsflow.indexer.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Writes article documents and then their flattened statements, deleting the statements an older parse had
 * beyond the new ones, so the statements index never holds orphans or duplicates. Articles are versioned by fetch
 * time (external_gte): a re-parse of the same fetch overwrites, an older fetch never replaces a newer one. Used by
 * the Kafka consumer (targets: the aliases) and by the reindex (targets: the new indices).
 */
@ApplicationScoped
public class ArticleStore {
    private static final Logger LOG = Logger.getLogger(ArticleStore.class);

    private final BulkWriter writer;
    private final StoredStatements storedStatements;

    ArticleStore(BulkWriter writer, StoredStatements storedStatements) {
        this.writer = writer;
        this.storedStatements = storedStatements;
    }

    /** The indices (or aliases) to write articles and statements to. */
    public record Targets(String articles, String statements) {
    }

    /**
     * A versioned write of an article document.
     *
     * @throws IllegalArgumentException when the document's {@code fetchedAt} is unreadable
     */
    public static <T> IndexRequest<T> request(String index, ObjectNode article, T origin) {
        return new IndexRequest<>(index, article.get("id").asText(), article, version(article), origin);
    }

    /** Writes the articles and their statements; returns the articles rejected for good and those found stale. */
    public <T> BulkWriter.Outcome<T> write(List<IndexRequest<T>> articles, Targets targets) {
        BulkWriter.Outcome<T> written = writer.write(articles);
        Map<String, Integer> replacedCounts = new HashMap<>();
        written.replaced().forEach(article -> replacedCounts.put(article.id(), StatementDocuments.count(article.document())));
        Map<String, Integer> storedCounts = storedStatements.counts(targets.statements(), replacedCounts);
        Set<IndexRequest<?>> notWritten = Collections.newSetFromMap(new IdentityHashMap<>());
        notWritten.addAll(written.stale());
        written.rejected().forEach(rejection -> notWritten.add(rejection.request()));
        List<IndexRequest<T>> statements = new ArrayList<>();
        for (IndexRequest<T> article : articles) {
            if (!notWritten.contains(article)) {
                statements.addAll(statementRequests(article, storedCounts.getOrDefault(article.id(), 0), targets));
            }
        }
        for (BulkWriter.Rejection<T> rejection : writer.write(statements).rejected()) {
            LOG.warnf("statement %s rejected by Elasticsearch: %s", rejection.request().id(), rejection.reason());
        }
        return written;
    }

    private static <T> List<IndexRequest<T>> statementRequests(IndexRequest<T> article, int storedCount, Targets targets) {
        List<IndexRequest<T>> requests = new ArrayList<>();
        List<ObjectNode> documents = StatementDocuments.of(article.document());
        for (int i = 0; i < documents.size(); i++) {
            requests.add(new IndexRequest<>(targets.statements(), StatementDocuments.id(article.id(), i),
                    documents.get(i), null, article.origin()));
        }
        for (int i = documents.size(); i < storedCount; i++) {
            requests.add(IndexRequest.delete(targets.statements(), StatementDocuments.id(article.id(), i),
                    article.origin()));
        }
        return requests;
    }

    private static Long version(ObjectNode document) {
        JsonNode fetchedAt = document.get("fetchedAt");
        try {
            return fetchedAt == null || fetchedAt.isNull() ? null : Instant.parse(fetchedAt.asText()).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("article with an unreadable fetchedAt: " + fetchedAt);
        }
    }
}
