package io.newsflow.parser.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.Article;
import io.newsflow.contracts.RawPage;
import io.newsflow.contracts.SchemaVersions;
import io.newsflow.parser.ArticleParser;
import io.newsflow.parser.UnparseablePageException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Consumes {@code news.raw}, publishes articles to {@code news.articles}. A record that cannot be read or parsed
 * is nacked with the reason, which the channel's dead-letter strategy sends to {@code news.dlq}; the partition
 * moves on. The raw record is acknowledged only once its article is written.
 */
@ApplicationScoped
public class RawPageProcessor {
    private static final Logger LOG = Logger.getLogger(RawPageProcessor.class);

    private final ArticleParser parser;
    private final ObjectMapper mapper;
    private final ParseMetrics metrics;

    RawPageProcessor(ArticleParser parser, ObjectMapper mapper, ParseMetrics metrics) {
        this.parser = parser;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    @Incoming("raw")
    @Outgoing("articles")
    @Blocking(value = "parse", ordered = false)
    public Message<Article> process(Message<byte[]> message) {
        try {
            RawPage page = read(message.getPayload());
            MDC.put("url", page.url());
            long start = System.nanoTime();
            Article article = parser.parse(page);
            metrics.parsed(article, Duration.ofNanos(System.nanoTime() - start));
            RecordHeaders headers = new RecordHeaders();
            headers.add(SchemaVersions.HEADER, SchemaVersions.ARTICLE.getBytes(StandardCharsets.UTF_8));
            return message.withPayload(article).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                    .withKey(article.id()).withHeaders(headers).build());
        } catch (UnparseablePageException | RuntimeException e) {
            LOG.warnf("dead-lettering a raw page: %s", e.getMessage());
            metrics.deadLettered();
            message.nack(e);
            return null;
        } finally {
            MDC.remove("url");
        }
    }

    private RawPage read(byte[] payload) throws UnparseablePageException {
        if (payload == null) {
            throw new UnparseablePageException("empty record value");
        }
        try {
            RawPage page = mapper.readValue(payload, RawPage.class);
            if (page.html() == null || page.url() == null) {
                throw new UnparseablePageException("raw page without url or html");
            }
            return page;
        } catch (JsonProcessingException e) {
            throw new UnparseablePageException("not a raw-page JSON record: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UnparseablePageException("unreadable record: " + e.getMessage());
        }
    }
}
