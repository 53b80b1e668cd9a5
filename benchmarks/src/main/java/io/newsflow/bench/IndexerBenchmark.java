package io.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.bench.BenchmarkPages.Page;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.ContractJson;
import io.newsflow.indexer.index.StatementDocuments;
import io.newsflow.parser.ArticleParser;
import io.newsflow.parser.PageGuard;
import io.newsflow.parser.language.LanguageDetector;
import io.newsflow.testkit.Await;
import io.newsflow.testkit.Http;
import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.Prometheus;
import io.newsflow.testkit.ServiceProcess;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code ./newsflow bench indexer [DATASET] [--documents N]}: the indexer service's rate (Kafka → Elasticsearch,
 * articles and their statements, until every article is acknowledged) next to the raw {@code _bulk} rate of the
 * identical documents sent straight to Elasticsearch, in the same run against the local stack.
 */
public final class IndexerBenchmark {
    private static final ObjectMapper JSON = ContractJson.newMapper();
    private static final int BULK_ARTICLES = 500;

    /** Articles per second through raw {@code _bulk} and through the indexer service, for the same documents. */
    record Rates(int articles, long statements, double rawBulk, double indexer) {
        double ratio() {
            return indexer / rawBulk;
        }
    }

    public static void main(String[] args) throws Exception {
        int count = BenchmarkPages.option(args, "--documents", 10_000);
        Rates rates = measure(BenchmarkPages.load(BenchmarkPages.dataset(args)), count);
        System.out.printf("%nIndexing %d articles with %d statements (same documents, same run):%n", count, rates.statements());
        System.out.printf("  raw _bulk        : %8.0f articles/s%n", rates.rawBulk());
        System.out.printf("  indexer service  : %8.0f articles/s%n", rates.indexer());
        System.out.printf("  ratio            : %.2f (target >= 0.8)%n", rates.ratio());
        System.out.printf("{\"bench\":\"indexer\",\"articles\":%d,\"statements\":%d,\"rawBulkPerSec\":%.1f,"
                + "\"indexerPerSec\":%.1f,\"ratio\":%.3f}%n", count, rates.statements(), rates.rawBulk(),
                rates.indexer(), rates.ratio());
    }

    static Rates measure(List<Page> pages, int count) throws Exception {
        List<ObjectNode> articles = articles(pages, count);
        String run = "bench" + System.currentTimeMillis();
        String alias = run + "-articles";
        String statementsAlias = run + "-statements";
        String topic = "news.articles." + run;
        ServiceProcess indexer = ServiceProcess.start(LocalStack.REPO, "indexer-service", Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA, "ELASTICSEARCH_URL", LocalStack.ES,
                "NEWSFLOW_TOPIC_ARTICLES", topic, "NEWSFLOW_TOPIC_DLQ", "news.dlq." + run,
                "NEWSFLOW_INDEX_ALIAS", alias, "NEWSFLOW_STATEMENTS_ALIAS", statementsAlias,
                "MP_MESSAGING_INCOMING_ARTICLES_GROUP_ID", run), "256m");
        try {
            indexer.awaitReady(Await.TIMEOUT);
            long statements = articles.stream().mapToLong(a -> a.path("statements").size()).sum();
            double raw = rawBulk(articles, alias + "-v99", statementsAlias + "-v99", topic);
            double service = viaIndexer(articles, topic, indexer);
            return new Rates(count, statements, raw, service);
        } finally {
            indexer.close();
            LocalStack.deleteIndices(alias, statementsAlias);
            deleteTopics(run);
        }
    }

    /** Deletes the Kafka topics a benchmark run created (their names end with the run's name). */
    static void deleteTopics(String run) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA))) {
            admin.deleteTopics(admin.listTopics().names().get().stream().filter(t -> t.endsWith(run)).toList()).all().get();
        }
    }

    /** Parses the pages once and repeats the articles under new URLs (so new ids) up to {@code count}. */
    private static List<ObjectNode> articles(List<Page> pages, int count) {
        ArticleParser parser = new ArticleParser(LanguageDetector.of(LanguageDetector.DEFAULT_LANGUAGES, false),
                new PageGuard(50_000_000), Clock.systemUTC());
        List<ObjectNode> parsed = new ArrayList<>();
        for (Page page : pages) {
            try {
                parsed.add(JSON.valueToTree(parser.parse(page.raw())));
            } catch (Exception skipped) {
                // a page that does not parse is not an article to index
            }
        }
        List<ObjectNode> articles = new ArrayList<>(count);
        Instant fetchedAt = Instant.now();
        for (int i = 0; i < count; i++) {
            ObjectNode article = parsed.get(i % parsed.size()).deepCopy();
            String url = article.get("url").asText() + (article.get("url").asText().contains("?") ? "&" : "?") + "copy=" + i;
            article.put("url", url).put("id", ArticleIds.fromUrl(url)).put("fetchedAt", fetchedAt.toString());
            articles.add(article);
        }
        return articles;
    }

    /** Articles per second for the same documents the indexer writes, sent as _bulk requests from here. */
    private static double rawBulk(List<ObjectNode> articles, String index, String statementsIndex, String topic)
            throws Exception {
        Http.call("PUT", LocalStack.ES + "/" + index, null);
        Http.call("PUT", LocalStack.ES + "/" + statementsIndex, null);
        long start = System.nanoTime();
        for (int from = 0; from < articles.size(); from += BULK_ARTICLES) {
            StringBuilder body = new StringBuilder();
            for (ObjectNode article : articles.subList(from, Math.min(articles.size(), from + BULK_ARTICLES))) {
                ObjectNode document = article.deepCopy();
                document.put("indexedAt", Instant.now().toString()).put("statementCount", article.path("statements").size());
                document.putObject("kafka").put("topic", topic).put("partition", 0).put("offset", 0);
                action(body, index, document.get("id").asText(), document);
                List<ObjectNode> statements = StatementDocuments.of(document);
                for (int i = 0; i < statements.size(); i++) {
                    action(body, statementsIndex, StatementDocuments.id(document.get("id").asText(), i), statements.get(i));
                }
            }
            HttpResponse<String> response = Http.call("POST", LocalStack.ES + "/_bulk", body.toString());
            if (response.statusCode() != 200 || JSON.readTree(response.body()).path("errors").asBoolean()) {
                throw new IllegalStateException("raw bulk failed: " + response.body().substring(0, 500));
            }
        }
        return articles.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static void action(StringBuilder body, String index, String id, ObjectNode document) {
        body.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":\"").append(id).append("\"}}\n")
                .append(document).append('\n');
    }

    /** Articles per second from the first record produced until the indexer has acknowledged the last. */
    private static double viaIndexer(List<ObjectNode> articles, String topic, ServiceProcess indexer) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (ObjectNode article : articles) {
                producer.send(new ProducerRecord<>(topic, article.get("id").asText(), JSON.writeValueAsBytes(article)));
            }
        }
        Await.until("the indexer to store " + articles.size() + " articles", () ->
                Prometheus.sum(indexer, "newsflow_indexer_documents_total", "outcome=\"indexed\"") >= articles.size() ? true : null);
        return articles.size() / ((System.nanoTime() - start) / 1e9);
    }
}
