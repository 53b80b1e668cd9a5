package io.newsflow.indexer.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.indexer.IndexerConfig;
import io.newsflow.indexer.index.BulkWriter;
import io.newsflow.indexer.index.ArticleStore;
import io.newsflow.indexer.index.IndexRequest;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Consumes {@code news.articles} in batches and writes them to Elasticsearch with the article id as document id,
 * so a re-delivered record overwrites instead of duplicating (see {@link ArticleStore} for versions and statements).
 * Records that are not articles, or that Elasticsearch rejects for good, go to the dead-letter topic. The batch's offsets are committed when this method returns, which is only after
 * every record is stored, skipped as stale, or dead-lettered.
 */
@ApplicationScoped
public class ArticleConsumer {
    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private final ArticleStore store;
    private final ArticleStore.Targets targets;
    private final DeadLetterPublisher deadLetters;
    private final ObjectMapper mapper;
    private final IndexerConfig config;
    private final Counter indexed;
    private final Counter stale;
    private final Counter deadLettered;

    ArticleConsumer(ArticleStore store, DeadLetterPublisher deadLetters, ObjectMapper mapper, IndexerConfig config,
                    MeterRegistry metrics) {
        this.store = store;
        this.targets = new ArticleStore.Targets(config.alias(), config.statementsAlias());
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
                articles.add(ArticleStore.request(config.alias(), document, record));
            } catch (IllegalArgumentException e) {
                deadLetter(record, e.getMessage());
            }
        }
        BulkWriter.Outcome<ConsumerRecord<String, byte[]>> written = store.write(articles, targets);
        for (BulkWriter.Rejection<ConsumerRecord<String, byte[]>> rejection : written.rejected()) {
            deadLetter(rejection.request().origin(), "rejected by Elasticsearch: " + rejection.reason());
        }
        indexed.increment(articles.size() - written.rejected().size() - written.stale().size());
        stale.increment(written.stale().size());
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
