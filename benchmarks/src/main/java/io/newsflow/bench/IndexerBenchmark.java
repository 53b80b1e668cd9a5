package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
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
 * identical documents sent straight to Elasticsearch into indices set up like the indexer's, in the same run
 * against the local stack: in rounds that alternate the two after both have been warmed up for
 * {@value #WARM_UP_SECONDS} s, the ratio being the median round's.
 */
public final class IndexerBenchmark {
    private static final ObjectMapper JSON = ContractJson.newMapper();
    private static final int BULK_ARTICLES = 500;
    /** Measured rounds, after the warm-up. */
    private static final int ROUNDS = 4;
    /**
     * A fresh indexer spends about half its CPU in the JIT compilers during its first minute (profiled: 49 % over a
     * 10 000-article run), on the two cores Elasticsearch needs, and the rounds that followed a one-round warm-up
     * sat near 0.5 until the last reached 0.64–0.69. Both sides are warmed up for this long first, as JMH does.
     */
    private static final long WARM_UP_SECONDS = 45;
    private static final int WARM_UP_BATCH = 1_000;
    /** The most warm-up articles (fresh ids each) however slow the machine. */
    private static final int WARM_UP_POOL = 30_000;

    /**
     * Articles per second through raw {@code _bulk} and through the indexer service, for the same documents.
     *
     * @param roundRatios the indexer's rate over raw {@code _bulk}'s in each round
     * @param rawCpu      CPU milliseconds by process over the measured raw {@code _bulk} rounds
     * @param indexerCpu  the same over the indexer's rounds
     */
    record Rates(int articles, long statements, double rawBulk, double indexer, List<Double> roundRatios,
                 Map<String, ProcessCpu> rawCpu, Map<String, ProcessCpu> indexerCpu) {
        /** The median round's ratio: the machine's speed drifts between rounds, a round pair sees one speed. */
        double ratio() {
            return Median.of(roundRatios);
        }
    }

    public static void main(String[] args) throws Exception {
        int count = BenchmarkPages.option(args, "--documents", 10_000);
        Rates rates = measure(BenchmarkPages.load(BenchmarkPages.dataset(args)), count);
        System.out.printf("%nIndexing %d articles with %d statements (same documents, same run):%n", count, rates.statements());
        System.out.printf("  raw _bulk        : %8.0f articles/s%n", rates.rawBulk());
        System.out.printf("  indexer service  : %8.0f articles/s%n", rates.indexer());
        System.out.printf("  ratio            : %.2f, the median round's (target >= 0.8)%n", rates.ratio());
        System.out.printf("  %-32s %14s %14s%n", "CPU ms per article (JIT)", "raw _bulk", "indexer");
        for (String process : rates.indexerCpu().keySet()) {
            ProcessCpu raw = rates.rawCpu().get(process);
            ProcessCpu service = rates.indexerCpu().get(process);
            System.out.printf("  %-32s %7.2f (%.2f) %7.2f (%.2f)%n", process, raw.seconds() / rates.articles(),
                    raw.jitSeconds() / rates.articles(), service.seconds() / rates.articles(),
                    service.jitSeconds() / rates.articles());
        }
        System.out.printf("{\"bench\":\"indexer\",\"articles\":%d,\"statements\":%d,\"rawBulkPerSec\":%.1f,"
                + "\"indexerPerSec\":%.1f,\"ratio\":%.3f}%n", count, rates.statements(), rates.rawBulk(),
                rates.indexer(), rates.ratio());
    }

    static Rates measure(List<Page> pages, int count) throws Exception {
        List<ObjectNode> parsed = parsed(pages);
        Instant fetchedAt = Instant.now();
        List<ObjectNode> articles = copies(parsed, WARM_UP_POOL, count, fetchedAt);
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
            createLike(alias, alias + "-v99");
            createLike(statementsAlias, statementsAlias + "-v99");
            double rawSeconds = 0;
            double serviceSeconds = 0;
            int measured = 0;
            List<Double> ratios = new ArrayList<>();
            CpuLedger ledger = new CpuLedger(new LinkedHashMap<>(Map.of("indexer", indexer)), "benchmark");
            Map<String, ProcessCpu> rawCpu = new LinkedHashMap<>();
            Map<String, ProcessCpu> indexerCpu = new LinkedHashMap<>();
            int roundSize = (articles.size() + ROUNDS - 1) / ROUNDS;
            try (KafkaProducer<String, byte[]> producer = producer()) {
                int stored = 0;
                long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
                for (int from = 0; System.nanoTime() < warmUpEnd && from < WARM_UP_POOL; from += WARM_UP_BATCH) {
                    List<ObjectNode> batch = copies(parsed, from, WARM_UP_BATCH, fetchedAt);
                    stored += batch.size();
                    double[] seconds = round(batch, stored, from / WARM_UP_BATCH, alias, statementsAlias, topic,
                            producer, indexer, ledger, new LinkedHashMap<>(), new LinkedHashMap<>());
                    System.out.printf("  warm-up: raw _bulk %4.0f articles/s, indexer %4.0f articles/s%n",
                            batch.size() / seconds[0], batch.size() / seconds[1]);
                }
                for (int from = 0, round = 1; from < articles.size(); from += roundSize, round++) {
                    List<ObjectNode> batch = articles.subList(from, Math.min(articles.size(), from + roundSize));
                    stored += batch.size();
                    double[] seconds = round(batch, stored, round, alias, statementsAlias, topic, producer, indexer,
                            ledger, rawCpu, indexerCpu);
                    System.out.printf("  round %d: raw _bulk %4.0f articles/s, indexer %4.0f articles/s, ratio %.2f%n",
                            round, batch.size() / seconds[0], batch.size() / seconds[1], seconds[0] / seconds[1]);
                    measured += batch.size();
                    rawSeconds += seconds[0];
                    serviceSeconds += seconds[1];
                    ratios.add(seconds[0] / seconds[1]);
                }
            }
            System.out.printf("  the indexer wrote them in %.0f bulk requests (articles and statements apart)%n",
                    Prometheus.sum(indexer, "newsflow_indexer_bulk_seconds_count"));
            return new Rates(measured, statements, measured / rawSeconds, measured / serviceSeconds, ratios, rawCpu,
                    indexerCpu);
        } finally {
            indexer.close();
            LocalStack.deleteIndices(alias, statementsAlias);
            deleteTopics(run);
        }
    }

    /**
     * Seconds for raw {@code _bulk} and for the indexer to write the batch, in an order that alternates from round to
     * round so that a drift in the machine's speed favours neither.
     *
     * @param stored     how many articles the indexer will have stored once this batch is in
     * @param rawCpu     CPU milliseconds by process, to which the raw {@code _bulk}'s are added
     * @param indexerCpu the same for the indexer's
     */
    private static double[] round(List<ObjectNode> batch, int stored, int round, String alias, String statementsAlias,
                                  String topic, KafkaProducer<String, byte[]> producer, ServiceProcess indexer,
                                  CpuLedger ledger, Map<String, ProcessCpu> rawCpu, Map<String, ProcessCpu> indexerCpu)
            throws Exception {
        Callable<Double> raw = () -> rawBulk(batch, alias + "-v99", statementsAlias + "-v99", topic);
        Callable<Double> service = () -> viaIndexer(batch, stored, producer, topic, indexer);
        if (round % 2 == 0) {
            return new double[] {timed(raw, ledger, rawCpu), timed(service, ledger, indexerCpu)};
        }
        double serviceSeconds = timed(service, ledger, indexerCpu);
        return new double[] {timed(raw, ledger, rawCpu), serviceSeconds};
    }

    /** Runs a side of a round, adding the CPU each process spent meanwhile to {@code cpu}. */
    private static double timed(Callable<Double> side, CpuLedger ledger, Map<String, ProcessCpu> cpu) throws Exception {
        CpuLedger.Reading before = ledger.read();
        double seconds = side.call();
        ledger.read().perPageSince(before, 1).forEach((process, used) -> cpu.merge(process, used, ProcessCpu::plus));
        return seconds;
    }

    /** Deletes the Kafka topics a benchmark run created (their names end with the run's name). */
    static void deleteTopics(String run) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA))) {
            admin.deleteTopics(admin.listTopics().names().get().stream().filter(t -> t.endsWith(run)).toList()).all().get();
        }
    }

    /** The pages parsed once: the articles that {@link #copies} repeats. */
    private static List<ObjectNode> parsed(List<Page> pages) {
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
        return parsed;
    }

    /** Copies {@code first} to {@code first + count - 1} of the parsed articles, each under a URL (so an id) of its own. */
    private static List<ObjectNode> copies(List<ObjectNode> parsed, int first, int count, Instant fetchedAt) {
        List<ObjectNode> articles = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            ObjectNode article = parsed.get(i % parsed.size()).deepCopy();
            String url = article.get("url").asText() + (article.get("url").asText().contains("?") ? "&" : "?") + "copy=" + i;
            article.put("url", url).put("id", ArticleIds.fromUrl(url)).put("fetchedAt", fetchedAt.toString());
            articles.add(article);
        }
        return articles;
    }

    /** Seconds to write the same documents the indexer writes, sent as _bulk requests from here. */
    private static double rawBulk(List<ObjectNode> articles, String index, String statementsIndex, String topic)
            throws Exception {
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
        return (System.nanoTime() - start) / 1e9;
    }

    private static void action(StringBuilder body, String index, String id, ObjectNode document) {
        body.append("{\"index\":{\"_index\":\"").append(index).append("\",\"_id\":\"").append(id).append("\"}}\n")
                .append(document).append('\n');
    }

    /**
     * Creates {@code index} with the settings and mappings of the index behind {@code alias} as the indexer set
     * it up, so that Elasticsearch does the same work for the raw {@code _bulk} as for the indexer (nested
     * statements, text fields, sub-fields).
     */
    private static void createLike(String alias, String index) throws Exception {
        JsonNode live = JSON.readTree(Http.call("GET", LocalStack.ES + "/" + alias, null).body()).elements().next();
        ObjectNode definition = JSON.createObjectNode();
        definition.set("mappings", live.get("mappings"));
        ObjectNode settings = definition.putObject("settings");
        for (String key : List.of("number_of_shards", "number_of_replicas", "refresh_interval", "analysis")) {
            if (live.path("settings").path("index").has(key)) {
                settings.set(key, live.path("settings").path("index").get(key));
            }
        }
        HttpResponse<String> created = Http.call("PUT", LocalStack.ES + "/" + index, definition.toString());
        if (created.statusCode() != 200) {
            throw new IllegalStateException("could not create " + index + ": " + created.body());
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Seconds from the first record produced until the indexer has acknowledged {@code total} articles in all. */
    private static double viaIndexer(List<ObjectNode> articles, int total, KafkaProducer<String, byte[]> producer,
                                     String topic, ServiceProcess indexer) throws Exception {
        // serialised beforehand, as the parser hands them over: producing is not the indexer's work
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (ObjectNode article : articles) {
            records.add(new ProducerRecord<>(topic, article.get("id").asText(), JSON.writeValueAsBytes(article)));
        }
        long start = System.nanoTime();
        records.forEach(producer::send);
        producer.flush();
        Await.until("the indexer to store " + total + " articles", () ->
                Prometheus.sum(indexer, "newsflow_indexer_documents_total", "outcome=\"indexed\"") >= total ? true : null);
        return (System.nanoTime() - start) / 1e9;
    }
}
