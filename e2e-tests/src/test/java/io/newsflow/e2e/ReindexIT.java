package io.newsflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.testkit.Await;
import io.newsflow.testkit.Http;
import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.ServiceProcess;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator's zero-downtime reindex on the real indexer and Elasticsearch: articles keep arriving while the
 * indices are rebuilt, and afterwards the aliases point at the new indices with every article and statement once.
 */
class ReindexIT {
    private static final String RUN = "reindex" + System.currentTimeMillis();
    private static final String ARTICLES_TOPIC = "news.articles." + RUN;
    private static final String ALIAS = RUN + "-articles";
    private static final String STATEMENTS = RUN + "-statements";
    private static final String KEY = "reindex-test-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServiceProcess indexer;

    @BeforeAll
    static void startIndexer() throws Exception {
        indexer = ServiceProcess.start(LocalStack.REPO, "indexer-service", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA, "ELASTICSEARCH_URL", LocalStack.ES,
                "NEWSFLOW_TOPIC_ARTICLES", ARTICLES_TOPIC, "NEWSFLOW_TOPIC_DLQ", "news.dlq." + RUN,
                "NEWSFLOW_INDEX_ALIAS", ALIAS, "NEWSFLOW_STATEMENTS_ALIAS", STATEMENTS,
                "NEWSFLOW_INDEXER_API_KEY", KEY, "MP_MESSAGING_INCOMING_ARTICLES_GROUP_ID", RUN));
        indexer.awaitReady(Await.TIMEOUT);
    }

    @AfterAll
    static void stopIndexer() throws Exception {
        if (indexer != null) {
            indexer.close();
        }
        LocalStack.deleteIndices(ALIAS, STATEMENTS);
    }

    @Test
    void reindexSwapsTheAliasesWithoutLosingArticlesWrittenMeanwhile() throws Exception {
        publish(0, 300);
        Await.until("300 articles indexed", () -> count(ALIAS) == 300 ? true : null);
        String admin = "http://127.0.0.1:" + indexer.port() + "/api/admin/reindex";
        assertEquals(401, Http.call("POST", admin, null).statusCode());

        CompletableFuture<Void> meanwhile = CompletableFuture.runAsync(() -> publishUnchecked(300, 500));
        HttpResponse<String> response = Http.call("POST", admin, null, "Authorization", "Bearer " + KEY);
        meanwhile.join();

        assertEquals(200, response.statusCode(), response.body());
        JsonNode result = JSON.readTree(response.body());
        assertEquals(ALIAS + "-v1", result.get("from").asText());
        assertEquals(ALIAS + "-v2", result.get("to").asText());
        assertEquals(0, result.get("rejected").asInt());
        Await.until("all 500 articles behind the swapped alias", () -> count(ALIAS) == 500 ? true : null);
        Await.until("their 1000 statements", () -> count(STATEMENTS) == 1000 ? true : null);
        assertEquals(List.of(ALIAS + "-v2"), indicesBehind(ALIAS));
        assertEquals(List.of(STATEMENTS + "-v2"), indicesBehind(STATEMENTS));
        assertEquals(1, count(STATEMENTS, "speaker.name:%22Ayla%20Demir%22%20AND%20articleId:" + ArticleIds.fromUrl(url(7))));
    }

    private static void publishUnchecked(int from, int to) {
        try {
            publish(from, to);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void publish(int from, int to) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            for (int i = from; i < to; i++) {
                ObjectNode article = article(i);
                producer.send(new ProducerRecord<>(ARTICLES_TOPIC, article.get("id").asText(), JSON.writeValueAsBytes(article)));
                if (i % 50 == 0) {
                    producer.flush();
                    Thread.sleep(20);
                }
            }
        }
    }

    private static String url(int n) {
        return "http://news.example/reindex/story-" + n + ".html";
    }

    private static ObjectNode article(int n) {
        ObjectNode article = JSON.createObjectNode();
        article.put("id", ArticleIds.fromUrl(url(n))).put("url", url(n)).put("site", "news.example")
                .put("title", "Story " + n).put("language", "en").put("fetchedAt", Instant.now().toString())
                .put("text", "The harbour master said the ferry will run. The mayor added that it is on time.");
        for (String[] statement : List.of(new String[] {"Ayla Demir", "the ferry will run"},
                new String[] {"Jonas Berg", "it is on time"})) {
            ObjectNode s = article.withArray("statements").addObject();
            s.putObject("speaker").put("name", statement[0]);
            s.put("text", statement[1]).put("kind", "reported").put("cue", "said").put("paragraph", 0);
        }
        return article;
    }

    private static long count(String alias) throws Exception {
        return count(alias, "*");
    }

    private static long count(String alias, String query) throws Exception {
        Http.call("POST", LocalStack.ES + "/" + alias + "/_refresh", null);
        HttpResponse<String> response = Http.call("GET", LocalStack.ES + "/" + alias + "/_count?q=" + query, null);
        return response.statusCode() == 200 ? JSON.readTree(response.body()).get("count").asLong() : -1;
    }

    private static List<String> indicesBehind(String alias) throws Exception {
        List<String> indices = new ArrayList<>();
        JSON.readTree(Http.call("GET", LocalStack.ES + "/_alias/" + alias, null).body()).fieldNames()
                .forEachRemaining(indices::add);
        return indices;
    }
}
