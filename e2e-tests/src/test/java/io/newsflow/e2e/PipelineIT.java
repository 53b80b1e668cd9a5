package io.newsflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.ContractJson;
import io.newsflow.contracts.DeadLetterHeaders;
import io.newsflow.contracts.RawPage;
import io.newsflow.testkit.Await;
import io.newsflow.testkit.Http;
import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.Prometheus;
import io.newsflow.testkit.ServiceProcess;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton's claims, proven on the real thing: the three packaged services as separate processes,
 * a real Kafka broker and a real Elasticsearch node (started by {@code ./newsflow stack start}), and the demo
 * site served over HTTP. Each run uses its own topics and index, so runs never see each other's data.
 */
class PipelineIT {
    private static final String KAFKA = LocalStack.KAFKA;
    private static final String ES = LocalStack.ES;
    private static final String SEED = "en/politics/azerbaijani-russian-fms-give-joint-press-conference-in-baku.html";
    private static final ObjectMapper JSON = ContractJson.newMapper();

    private static final String RUN = "e2e" + System.currentTimeMillis();
    private static final String RAW = "news.raw." + RUN;
    private static final String ARTICLES = "news.articles." + RUN;
    private static final String DLQ = "news.dlq." + RUN;
    private static final String ALIAS = RUN + "-articles";
    private static final String STATEMENTS = RUN + "-statements";

    private static final Path REPO = LocalStack.REPO;
    private static DemoSiteServer site;
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess fetcher;
    private static ServiceProcess indexer;
    private static Map<String, String> fetcherEnv;

    @BeforeAll
    static void startPipeline() throws Exception {
        site = new DemoSiteServer(REPO.resolve("demo-site"));
        Map<String, String> env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", KAFKA, "ELASTICSEARCH_URL", ES,
                "NEWSFLOW_TOPIC_RAW", RAW, "NEWSFLOW_TOPIC_ARTICLES", ARTICLES, "NEWSFLOW_TOPIC_DLQ", DLQ,
                "NEWSFLOW_INDEX_ALIAS", ALIAS, "NEWSFLOW_STATEMENTS_ALIAS", STATEMENTS,
                "NEWSFLOW_FETCHER_ALLOWED_NETWORKS", "127.0.0.0/8", "NEWSFLOW_TOPIC_FETCH_STATE", "news.fetch-state." + RUN));
        env.putAll(Map.of("NEWSFLOW_TOPIC_FRONTIER", "news.frontier." + RUN, "NEWSFLOW_FETCHER_GROUP", RUN + "-fetcher"));
        indexer = ServiceProcess.start(REPO, "indexer-service",
                with(env, "MP_MESSAGING_INCOMING_ARTICLES_GROUP_ID", RUN + "-indexer"));
        services.add(indexer);
        services.add(ServiceProcess.start(REPO, "parser-service",
                with(env, "MP_MESSAGING_INCOMING_RAW_GROUP_ID", RUN + "-parser")));
        fetcherEnv = env;
        fetcher = ServiceProcess.start(REPO, "fetcher-service", env);
        services.add(fetcher);
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        for (ServiceProcess service : services) {
            service.close();
        }
        if (site != null) {
            site.close();
        }
        LocalStack.deleteIndices(ALIAS, STATEMENTS);
    }

    @Test
    void seedArticleTravelsFromTheSiteIntoElasticsearch() throws Exception {
        submit(site.url(SEED));

        JsonNode article = Await.until("the seed article in Elasticsearch", () -> {
            JsonNode hits = search("Lavrov");
            return hits.size() == 1 ? hits.get(0).get("_source") : null;
        });

        assertEquals("Azerbaijani, Russian FMs give joint press conference in Baku", article.get("title").asText());
        assertEquals("en", article.get("language").asText());
        assertEquals(13, article.get("paragraphs").size());
        assertFalse(article.get("text").asText().contains("Bütün xəbərlər"));
        assertEquals("trailer:social", article.at("/boilerplate/0/reason").asText());
        assertEquals(ArticleIds.fromUrl(site.url(SEED)), article.get("id").asText());
        assertEquals(27, article.get("statements").size());

        String nested = """
                {"query": {"nested": {"path": "statements", "query": {"bool": {"must": [
                  {"term": {"statements.speaker.name": "Jeyhun Bayramov"}},
                  {"match": {"statements.text": "Caspian"}}]}}}}}""";
        JsonNode hits = JSON.readTree(Http.call("POST", ES + "/" + ALIAS + "/_search", nested).body()).at("/hits/hits");
        assertEquals(1, hits.size(), "what did Bayramov say about the Caspian?");

        String articleId = article.get("id").asText();
        Await.until("the seed's statements in " + STATEMENTS, () -> statementCount(articleId) == 27 ? true : null);
        assertEquals(27, statementCount(articleId));

        String api = "http://127.0.0.1:" + indexer.port();
        JsonNode lavrov = JSON.readTree(Http.call("GET", api + "/api/statements?speaker=Sergey%20Lavrov&size=50", null).body());
        assertEquals(12, lavrov.get("total").asInt());
        JsonNode caspian = JSON.readTree(Http.call("GET", api + "/api/articles?q=Caspian&language=en", null).body());
        assertEquals(articleId, caspian.at("/hits/0/id").asText());
        assertTrue(caspian.at("/hits/0/snippet").asText().contains("<em>Caspian</em>"));
        assertEquals(400, Http.call("GET", api + "/api/articles?from=yesterday", null).statusCode());
        assertEquals(200, Http.call("GET", api + "/q/openapi", null).statusCode());
    }

    @Test
    void aNewerParseReplacesTheStatementsAndAnOlderOneLoses() throws Exception {
        String url = site.url("newsroom/briefing.html");
        String id = ArticleIds.fromUrl(url);
        String twoSpeakers = "<article><p>Health Minister Rosa Lind said that the new hospital will open in May.</p>"
                + "<p>Finance Minister Omar Haddad said that the budget for the project has been approved.</p></article>";
        String oneSpeaker = "<article><p>Health Minister Rosa Lind said that the new hospital will open in June.</p>"
                + "<p>The opening ceremony is planned for the first week of the month.</p></article>";
        Instant t1 = Instant.parse("2026-01-01T10:00:00Z");

        publishRaw(url, twoSpeakers, t1);
        Await.until("two statements", () -> statementCount(id) == 2 ? true : null);
        publishRaw(url, oneSpeaker, t1.plusSeconds(60));
        Await.until("the newer parse's single statement", () -> statementCount(id) == 1 ? true : null);
        publishRaw(url, twoSpeakers, t1.minusSeconds(60));
        Await.until("the stale record consumed", () -> documentText(id).contains("June") ? true : null);
        Http.call("POST", ES + "/" + STATEMENTS + "/_refresh", null);

        assertEquals(1, statementCount(id));
        assertTrue(documentText(id).contains("June"));
    }

    @Test
    void aRestartedFetcherDoesNotFetchAgainWhatItHas() throws Exception {
        String url = site.url("index.html");
        submit(url);
        Await.until("the page indexed", () -> documentText(ArticleIds.fromUrl(url)).isEmpty() ? null : true);

        fetcher.close();
        services.remove(fetcher);
        fetcher = ServiceProcess.start(REPO, "fetcher-service", fetcherEnv);
        services.add(fetcher);
        fetcher.awaitReady(Duration.ofSeconds(120));
        submit(url);

        Await.until("the restarted fetcher to skip the page", () -> metric(fetcher, "newsflow_fetcher_pages_total{outcome=\"known\"") >= 1 ? true : null);
        assertEquals(0, metric(fetcher, "newsflow_fetcher_pages_total{outcome=\"published\""));
    }

    @Test
    void anElasticsearchOutageMidStreamLosesNothing() throws Exception {
        Path stackScript = REPO.resolve("deploy/local/stack.sh");
        Assumptions.assumeTrue(ES.equals("http://127.0.0.1:9200"), "only against the local stack, which we can stop");
        List<String> ids = new ArrayList<>();
        stack(stackScript, "stop");
        try {
            for (int i = 0; i < 3; i++) {
                String url = site.url("outage/story-" + i + ".html");
                ids.add(ArticleIds.fromUrl(url));
                publishRaw(url, "<article><p>Story " + i + " of the outage test: the regional council said that the"
                        + " new ferry line will start in the spring, with six crossings a day.</p></article>", Instant.now());
            }
            Thread.sleep(5_000);
        } finally {
            stack(stackScript, "start");
        }
        for (String id : ids) {
            Await.until("article " + id + " indexed after the outage", () -> documentText(id).isEmpty() ? null : true);
        }
    }

    @Test
    void everyMetricOfTheGrafanaDashboardIsExportedAndTheFetchCounterMoves() throws Exception {
        double before = metric(fetcher, "newsflow_fetcher_pages_total{outcome=\"published\"");
        submit(site.url(SEED) + "?edition=metrics");
        Await.until("the fetch counter to move", () ->
                metric(fetcher, "newsflow_fetcher_pages_total{outcome=\"published\"") > before ? true : null);

        Set<String> wanted = new TreeSet<>();
        Matcher names = Pattern.compile("\\b(?:newsflow|kafka)_[a-z_]+").matcher(
                Files.readString(REPO.resolve("deploy/grafana/newsflow.json")));
        while (names.find()) {
            wanted.add(names.group());
        }
        Set<String> absent = new TreeSet<>(wanted);
        try {
            Await.until("every dashboard metric exported", () -> {
                for (ServiceProcess service : services) {
                    Http.call("GET", "http://127.0.0.1:" + service.port() + "/q/metrics", null).body().lines()
                            .filter(line -> !line.startsWith("#"))
                            .forEach(line -> absent.remove(line.split("[{ ]", 2)[0]));
                }
                return absent.isEmpty() ? true : null;
            });
        } catch (AssertionError e) {
            throw new AssertionError("metrics of deploy/grafana/newsflow.json no service exports: " + absent, e);
        }
    }

    @Test
    void everyExampleQueryOfTheDocsRunsAsWrittenAndFindsTheSeed() throws Exception {
        submit(site.url(SEED));
        Await.until("the seed indexed", () -> search("Lavrov").size() == 1 ? true : null);
        Await.until("its statements indexed", () -> statementCount(ArticleIds.fromUrl(site.url(SEED))) == 27 ? true : null);
        Matcher examples = Pattern.compile("curl -s '" + Pattern.quote("http://127.0.0.1:9200/")
                + "(news-articles|news-statements)(/_search)[^']*'[^\\n]*-d '(.*?)'\\n", Pattern.DOTALL)
                .matcher(Files.readString(REPO.resolve("docs/queries.md")));
        int count = 0;
        while (examples.find()) {
            String index = examples.group(1).equals("news-articles") ? ALIAS : STATEMENTS;
            HttpResponse<String> response = Http.call("POST", ES + "/" + index + examples.group(2), examples.group(3));
            assertEquals(200, response.statusCode(), examples.group(3) + "\n" + response.body());
            JsonNode result = JSON.readTree(response.body());
            assertTrue(result.at("/hits/total/value").asInt() > 0, "no hits for " + examples.group(3));
            count++;
        }
        assertTrue(count >= 5, "examples found in docs/queries.md: " + count);
    }

    private static void stack(Path script, String command) throws Exception {
        Process process = new ProcessBuilder("bash", script.toString(), command, "elasticsearch").inheritIO().start();
        assertEquals(0, process.waitFor(), "stack.sh " + command + " elasticsearch");
    }

    /**
     * The sum of a metric's series, e.g. {@code name{outcome="published"} over every other label; an exemplar
     * after the value ({@code # {span_id=…} …}) is ignored.
     */
    private static double metric(ServiceProcess service, String selector) throws Exception {
        int brace = selector.indexOf('{');
        return brace < 0 ? Prometheus.sum(service, selector)
                : Prometheus.sum(service, selector.substring(0, brace), selector.substring(brace + 1));
    }

    private static void publishRaw(String url, String html, Instant fetchedAt) throws Exception {
        RawPage page = new RawPage(ArticleIds.fromUrl(url), url, url, 200, "text/html", "UTF-8", fetchedAt, "test",
                false, html);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(RAW, page.id(), JSON.writeValueAsBytes(page))).get();
        }
    }

    private static int statementCount(String articleId) throws Exception {
        Http.call("POST", ES + "/" + STATEMENTS + "/_refresh", null);
        HttpResponse<String> response = Http.call("GET", ES + "/" + STATEMENTS + "/_count?q=articleId:" + articleId, null);
        return response.statusCode() == 200 ? JSON.readTree(response.body()).get("count").asInt() : -1;
    }

    private static String documentText(String id) throws Exception {
        HttpResponse<String> response = Http.call("GET", ES + "/" + ALIAS + "/_doc/" + id, null);
        return response.statusCode() == 200 ? JSON.readTree(response.body()).at("/_source/text").asText() : "";
    }

    @Test
    void redeliveredPagesOverwriteInsteadOfDuplicating() throws Exception {
        String url = site.url("tech/quantum-sensors-harbour.html");
        String html = Files.readString(REPO.resolve("demo-site/tech/quantum-sensors-harbour.html"));
        RawPage page = new RawPage(ArticleIds.fromUrl(url), url, url, 200, "text/html", "UTF-8", Instant.now(),
                "test", false, html);
        Instant before = Instant.now();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(RAW, page.id(), JSON.writeValueAsBytes(page))).get();
            }
        }

        Await.until("the third delivery indexed", () -> {
            JsonNode hits = search("\"quantum instrument\"");
            return hits.size() == 1 && Instant.parse(hits.get(0).at("/_source/indexedAt").asText()).isAfter(before)
                    && hits.get(0).at("/_source/kafka/offset").asLong() >= 2 ? hits : null;
        });
        Http.call("POST", ES + "/" + ALIAS + "/_refresh", null);
        assertEquals(1, search("\"quantum instrument\"").size());
    }

    @Test
    void malformedRecordIsDeadLetteredAndTheRecordsAfterItAreStillIndexed() throws Exception {
        String key = "0123456789abcdef0123456789abcdef";
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int partition = 0; partition < producer.partitionsFor(RAW).size(); partition++) {
                producer.send(new ProducerRecord<>(RAW, partition, key, "{\"truncated json".getBytes(StandardCharsets.UTF_8))).get();
            }
        }
        submit(site.url("ru/ekonomika-kaspiy.html"));
        submit(site.url("world/bahnstreik.html"));

        ConsumerRecord<String, byte[]> dead = Await.until("the malformed record on " + DLQ, () -> firstDeadLetter(key));
        String reason = header(dead, DeadLetterHeaders.REASON);
        assertTrue(reason.startsWith("not a raw-page JSON record"), reason);
        assertEquals(RAW, header(dead, DeadLetterHeaders.TOPIC));
        assertEquals("{\"truncated json", new String(dead.value(), StandardCharsets.UTF_8));

        Await.until("the Russian article indexed", () -> search("Каспийского").size() == 1 ? true : null);
        Await.until("the German article indexed", () -> search("Lokführer").size() == 1 ? true : null);
    }

    private static void submit(String url) throws Exception {
        HttpResponse<String> response = Http.call("POST", "http://127.0.0.1:" + fetcher.port() + "/api/fetch",
                JSON.writeValueAsString(List.of(url)));
        assertEquals(202, response.statusCode(), response.body());
    }

    private static JsonNode search(String query) throws Exception {
        HttpResponse<String> response = Http.call("GET", ES + "/" + ALIAS + "/_search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8), null);
        return response.statusCode() == 200 ? JSON.readTree(response.body()).at("/hits/hits") : JSON.createArrayNode();
    }

    private static ConsumerRecord<String, byte[]> firstDeadLetter(String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, RUN + "-test-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(DLQ));
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(5))) {
                if (key.equals(record.key())) {
                    return record;
                }
            }
        }
        return null;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> copy = new java.util.HashMap<>(env);
        copy.put(name, value);
        return copy;
    }
}
