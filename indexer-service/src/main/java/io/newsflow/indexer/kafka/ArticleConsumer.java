package io.newsflow.indexer.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.indexer.IndexerConfig;
import io.newsflow.indexer.index.BulkWriter;
import io.newsflow.indexer.index.IndexRequest;
import io.newsflow.indexer.index.StatementDocuments;
import io.newsflow.indexer.index.StoredStatementCounts;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code news.articles} in batches and writes them to Elasticsearch with the article id as document id,
 * so a re-delivered record overwrites instead of duplicating, versioned by fetch time so that an older parse never
 * replaces a newer one; then writes each article's statements to the statements index, deleting those an older
 * parse had beyond the new ones. The batch's offsets are committed when this method returns, which is only after
 * every record is stored, skipped as stale, or dead-lettered.
 */
@ApplicationScoped
public class ArticleConsumer {
    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private final BulkWriter writer;
    private final StoredStatementCounts storedStatements;
    private final DeadLetterPublisher deadLetters;
    private final ObjectMapper mapper;
    private final IndexerConfig config;
    private final Counter indexed;
    private final Counter stale;
    private final Counter deadLettered;

    ArticleConsumer(BulkWriter writer, StoredStatementCounts storedStatements, DeadLetterPublisher deadLetters,
                    ObjectMapper mapper, IndexerConfig config, MeterRegistry metrics) {
        this.writer = writer;
        this.storedStatements = storedStatements;
        this.deadLetters = deadLetters;
        this.mapper = mapper;
        this.config = config;
        this.indexed = metrics.counter("newsflow.indexer.documents", "outcome", "indexed");
        this.stale = metrics.counter("newsflow.indexer.documents", "outcome", "stale");
        this.deadLettered = metrics.counter("newsflow.indexer.documents", "outcome", "dead-lettered");
    }

    @Incoming("articles")
    @Blocking
    public void index(ConsumerRecords<String, byte[]> records) {
        List<IndexRequest<ConsumerRecord<String, byte[]>>> articles = new ArrayList<>();
        Instant now = Instant.now();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                ObjectNode document = read(record);
                document.put("indexedAt", now.toString());
                document.put("statementCount", document.path("statements").size());
                document.putObject("kafka").put("topic", record.topic()).put("partition", record.partition())
                        .put("offset", record.offset());
                articles.add(new IndexRequest<>(config.alias(), document.get("id").asText(), document,
                        version(document), record));
            } catch (IllegalArgumentException e) {
                deadLetter(record, e.getMessage());
            }
        }
        Map<String, Integer> storedCounts = storedStatements.of(articles.stream().map(IndexRequest::id).toList());
        BulkWriter.Outcome<ConsumerRecord<String, byte[]>> written = writer.write(articles);
        Set<IndexRequest<?>> notWritten = Collections.newSetFromMap(new IdentityHashMap<>());
        notWritten.addAll(written.stale());
        for (BulkWriter.Rejection<ConsumerRecord<String, byte[]>> rejection : written.rejected()) {
            deadLetter(rejection.request().origin(), "rejected by Elasticsearch: " + rejection.reason());
            notWritten.add(rejection.request());
        }
        List<IndexRequest<ConsumerRecord<String, byte[]>>> statements = new ArrayList<>();
        for (IndexRequest<ConsumerRecord<String, byte[]>> article : articles) {
            if (!notWritten.contains(article)) {
                statements.addAll(statementRequests(article, storedCounts.getOrDefault(article.id(), 0)));
            }
        }
        for (BulkWriter.Rejection<ConsumerRecord<String, byte[]>> rejection : writer.write(statements).rejected()) {
            LOG.warnf("statement %s of article %s rejected by Elasticsearch: %s", rejection.request().id(),
                    rejection.request().origin().key(), rejection.reason());
        }
        indexed.increment(articles.size() - notWritten.size());
        stale.increment(written.stale().size());
    }

    /** The article's statements, and deletions of those an older parse had beyond them. */
    private List<IndexRequest<ConsumerRecord<String, byte[]>>> statementRequests(
            IndexRequest<ConsumerRecord<String, byte[]>> article, int storedCount) {
        List<IndexRequest<ConsumerRecord<String, byte[]>>> requests = new ArrayList<>();
        List<ObjectNode> documents = StatementDocuments.of(article.document());
        for (int i = 0; i < documents.size(); i++) {
            requests.add(new IndexRequest<>(config.statementsAlias(), StatementDocuments.id(article.id(), i),
                    documents.get(i), null, article.origin()));
        }
        for (int i = documents.size(); i < storedCount; i++) {
            requests.add(IndexRequest.delete(config.statementsAlias(), StatementDocuments.id(article.id(), i),
                    article.origin()));
        }
        return requests;
    }

    /** Newer fetches win: the fetch time orders versions of one page, so a late re-delivery cannot win. */
    private static Long version(ObjectNode document) {
        try {
            JsonNode fetchedAt = document.get("fetchedAt");
            return fetchedAt == null || fetchedAt.isNull() ? null : Instant.parse(fetchedAt.asText()).toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("article with an unreadable fetchedAt: " + document.get("fetchedAt"));
        }
    }

    private ObjectNode read(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null || record.value().length == 0) {
            throw new IllegalArgumentException("empty record value");
        }
        JsonNode json;
        try {
            json = mapper.readTree(record.value());
        } catch (IOException e) {
            throw new IllegalArgumentException("not an article JSON record: " + e.getMessage());
        }
        if (!(json instanceof ObjectNode object) || !ID.matcher(object.path("id").asText()).matches()) {
            throw new IllegalArgumentException("article record without a valid id");
        }
        return object;
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), reason);
        deadLetters.send(record, reason);
        deadLettered.increment();
    }
}
