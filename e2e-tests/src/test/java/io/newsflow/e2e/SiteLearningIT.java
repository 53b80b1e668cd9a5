package io.newsflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.ContractJson;
import io.newsflow.contracts.RawPage;
import io.newsflow.testkit.Await;
import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.ServiceProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser learns a site's recurring block from its pages, removes it once it has seen it on enough pages, and
 * the learned state survives a restart (it lives in a compacted topic, not in the process).
 */
class SiteLearningIT {
    private static final String RUN = "learning" + System.currentTimeMillis();
    private static final String RAW = "news.raw." + RUN;
    private static final String ARTICLES = "news.articles." + RUN;
    private static final String SLOGAN = "Harbour Herald reporters follow the stories of the coast around the clock, "
            + "every day of the year.";
    private static final ObjectMapper JSON = ContractJson.newMapper();
    private static final Map<String, String> ENV = new HashMap<>();
    private static ServiceProcess parser;

    @BeforeAll
    static void start() throws Exception {
        ENV.putAll(Map.of("KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA, "NEWSFLOW_TOPIC_RAW", RAW,
                "NEWSFLOW_TOPIC_ARTICLES", ARTICLES, "NEWSFLOW_TOPIC_DLQ", "news.dlq." + RUN,
                "NEWSFLOW_TOPIC_SITE_BLOCKS", "news.site-blocks." + RUN, "MP_MESSAGING_INCOMING_RAW_GROUP_ID", RUN));
        parser = ServiceProcess.start(LocalStack.REPO, "parser-service", ENV);
        parser.awaitReady(Await.TIMEOUT);
    }

    @AfterAll
    static void stop() throws Exception {
        if (parser != null) {
            parser.close();
        }
    }

    @Test
    void aSloganOnEveryPageIsLearnedRemovedAndRemembered() throws Exception {
        for (int n = 0; n < 6; n++) {
            publish(n);
        }
        JsonNode sixth = Await.until("the sixth article", () -> article(5));
        assertFalse(sixth.get("text").asText().contains(SLOGAN));
        assertEquals("site:recurring", sixth.at("/boilerplate/0/reason").asText());
        assertTrue(article(0).get("text").asText().contains(SLOGAN), "the first pages keep it while it is learned");

        parser.close();
        parser = ServiceProcess.start(LocalStack.REPO, "parser-service", ENV);
        parser.awaitReady(Await.TIMEOUT);
        publish(6);

        JsonNode afterRestart = Await.until("the article parsed after the restart", () -> article(6));
        assertFalse(afterRestart.get("text").asText().contains(SLOGAN));
    }

    private static String url(int n) {
        return "https://harbour-herald.example/news/story-" + n + ".html";
    }

    private static void publish(int n) throws Exception {
        String html = "<html><head><title>Story " + n + "</title></head><body><article><h1>Story " + n + "</h1>"
                + "<p>Story " + n + " begins at the harbour, where the council met on Tuesday to approve the budget for"
                + " a new quay wall and the dredging of the outer channel.</p><p>" + SLOGAN + "</p>"
                + "<p>The mayor said in story " + n + " that the works would start in spring and last two years, and"
                + " that the fishing fleet would keep its berths throughout.</p></article></body></html>";
        RawPage page = new RawPage(ArticleIds.fromUrl(url(n)), url(n), url(n), 200, "text/html", "UTF-8",
                Instant.now(), "test", false, html);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(RAW, page.id(), JSON.writeValueAsBytes(page))).get();
        }
        // one page after another, so that each is parsed knowing the pages before it
        Await.until("story " + n + " parsed", () -> article(n));
    }

    /** The article of page n on the articles topic, or null when it is not there yet. */
    private static JsonNode article(int n) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, RUN + "-reader-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        String id = ArticleIds.fromUrl(url(n));
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(ARTICLES));
            for (int poll = 0; poll < 3; poll++) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (id.equals(record.key())) {
                        return JSON.readTree(record.value());
                    }
                }
            }
        }
        return null;
    }
}
