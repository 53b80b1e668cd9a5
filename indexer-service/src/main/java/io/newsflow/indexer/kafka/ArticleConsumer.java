package io.newsflow.indexer.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.indexer.index.BulkWriter;
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
 * so a re-delivered record overwrites instead of duplicating. The batch's offsets are committed when this method
 * returns, which is only after every record is stored or dead-lettered.
 */
@ApplicationScoped
public class ArticleConsumer {
    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private final BulkWriter writer;
    private final DeadLetterPublisher deadLetters;
    private final ObjectMapper mapper;
    private final Counter indexed;
    private final Counter deadLettered;

    ArticleConsumer(BulkWriter writer, DeadLetterPublisher deadLetters, ObjectMapper mapper, MeterRegistry metrics) {
        this.writer = writer;
        this.deadLetters = deadLetters;
        this.mapper = mapper;
        this.indexed = metrics.counter("newsflow.indexer.documents", "outcome", "indexed");
        this.deadLettered = metrics.counter("newsflow.indexer.documents", "outcome", "dead-lettered");
    }

    @Incoming("articles")
    @Blocking
    public void index(ConsumerRecords<String, byte[]> records) {
        List<IndexRequest<ConsumerRecord<String, byte[]>>> requests = new ArrayList<>();
        Instant now = Instant.now();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                ObjectNode document = read(record);
                document.put("indexedAt", now.toString());
                document.putObject("kafka").put("topic", record.topic()).put("partition", record.partition())
                        .put("offset", record.offset());
                requests.add(new IndexRequest<>(document.get("id").asText(), document, record));
            } catch (IllegalArgumentException e) {
                deadLetter(record, e.getMessage());
            }
        }
        int rejected = 0;
        for (BulkWriter.Rejection<ConsumerRecord<String, byte[]>> rejection : writer.write(requests)) {
            deadLetter(rejection.request().origin(), "rejected by Elasticsearch: " + rejection.reason());
            rejected++;
        }
        indexed.increment(requests.size() - rejected);
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
