package io.newsflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.DeadLetterHeaders;
import io.newsflow.testkit.Await;
import io.newsflow.testkit.Http;
import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.ServiceProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Delivery under faults, on the real stack with the three services as processes: while pages stream through,
 * each service is killed with SIGKILL and restarted, Elasticsearch is stopped for 60 s, the Kafka broker is
 * restarted, and poison records are put on {@code news.raw} and {@code news.articles}. At the end every page is
 * in Elasticsearch exactly once (by id and by content), every poison record is in {@code news.dlq} with its reason
 * and origin, and both consumer groups have caught up (lag 0). Prints a table of the figures.
 */
class FaultToleranceIT {
    private static final int PAGES = 2_000;
    private static final int PHASES = 5;
    private static final String RUN = "faults" + System.currentTimeMillis();
    private static final String RAW = "news.raw." + RUN;
    private static final String ARTICLES = "news.articles." + RUN;
    private static final String DLQ = "news.dlq." + RUN;
    private static final String ALIAS = RUN + "-articles";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Map<String, String>> ENV = new HashMap<>();
    private static final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private static NumberedSite site;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(LocalStack.ES.equals("http://127.0.0.1:9200"), "only against the local stack, which we can stop");
        site = new NumberedSite();
        Map<String, String> common = Map.of("KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA, "ELASTICSEARCH_URL", LocalStack.ES,
                "NEWSFLOW_TOPIC_RAW", RAW, "NEWSFLOW_TOPIC_ARTICLES", ARTICLES, "NEWSFLOW_TOPIC_DLQ", DLQ,
                "NEWSFLOW_TOPIC_FETCH_STATE", "news.fetch-state." + RUN, "NEWSFLOW_TOPIC_SITE_BLOCKS", "news.site-blocks." + RUN,
                "NEWSFLOW_INDEX_ALIAS", ALIAS, "NEWSFLOW_STATEMENTS_ALIAS", RUN + "-statements");
        for (String name : List.of("indexer-service", "parser-service", "fetcher-service")) {
            Map<String, String> env = new HashMap<>(common);
            env.putAll(Map.of("NEWSFLOW_TOPIC_FRONTIER", "news.frontier." + RUN, "NEWSFLOW_FETCHER_GROUP", RUN + "-fetcher"));
            env.putAll(Map.of("NEWSFLOW_PARSER_GROUP", RUN + "-parser", "NEWSFLOW_INDEXER_GROUP", RUN + "-indexer",
                    "NEWSFLOW_FETCHER_ALLOWED_NETWORKS", "127.0.0.0/8", "NEWSFLOW_FETCHER_POLITENESS_DELAY", "0s",
                    "NEWSFLOW_FETCHER_RETRY_BACKOFF", "1s"));
            ENV.put(name, env);
            services.put(name, ServiceProcess.start(LocalStack.REPO, name, env));
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady(Await.TIMEOUT);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServiceProcess service : services.values()) {
            service.close();
        }
        if (site != null) {
            site.close();
            LocalStack.deleteIndices(ALIAS, RUN + "-statements");
        }
    }

    @Test
    void nothingIsLostOrDuplicatedThroughCrashesOutagesAndPoison() throws Exception {
        Map<String, Double> recovery = new LinkedHashMap<>();
        int perPhase = PAGES / PHASES;
        for (int phase = 0; phase < PHASES; phase++) {
            submit(phase * perPhase, (phase + 1) * perPhase);
            Thread.sleep(1_000);
            long indexedBefore = indexed();
            long start = System.nanoTime();
            String fault = switch (phase) {
                case 0 -> restart("parser-service");
                case 1 -> restart("indexer-service");
                case 2 -> restart("fetcher-service");
                case 3 -> outage("elasticsearch", 60_000);
                default -> outage("kafka", 0);
            };
            long submitted = (long) (phase + 1) * perPhase;
            Await.until("progress after " + fault, () -> indexed() > indexedBefore || indexed() >= submitted ? true : null);
            recovery.put(fault, (System.nanoTime() - start) / 1e9);
        }
        int poison = poison();

        try {
            Await.until("every page indexed and both groups caught up", () -> indexed() >= PAGES
                    && lag(RUN + "-parser", RAW) == 0 && lag(RUN + "-indexer", ARTICLES) == 0 ? true : null);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": indexed " + indexed() + " of " + PAGES + ", parser lag "
                    + lag(RUN + "-parser", RAW) + ", indexer lag " + lag(RUN + "-indexer", ARTICLES), e);
        }
        long ids = indexed();
        long duplicates = duplicateContents();
        List<ConsumerRecord<byte[], byte[]>> dead = deadLetters();
        long lost = PAGES - ids;

        System.out.printf("%n| pages sent | indexed | duplicates | lost | dead-lettered (of %d poison) |%n|---|---|---|---|---|%n"
                + "| %d | %d | %d | %d | %d |%n%n| fault | time to progress again |%n|---|---|%n", poison, PAGES, ids,
                duplicates, lost, dead.size());
        recovery.forEach((fault, seconds) -> System.out.printf("| %s | %.1f s |%n", fault, seconds));

        assertEquals(PAGES, ids, "pages in Elasticsearch, by id");
        assertEquals(0, duplicates, "pages in Elasticsearch twice, by content");
        assertEquals(poison, dead.size(), "poison records in " + DLQ);
        for (ConsumerRecord<byte[], byte[]> record : dead) {
            assertTrue(header(record, DeadLetterHeaders.REASON).length() > 5);
            assertTrue(List.of(RAW, ARTICLES).contains(header(record, DeadLetterHeaders.TOPIC)));
        }
    }

    private static String restart(String name) throws Exception {
        services.get(name).kill();
        ServiceProcess restarted = ServiceProcess.start(LocalStack.REPO, name, ENV.get(name));
        services.put(name, restarted);
        restarted.awaitReady(Await.TIMEOUT);
        return "SIGKILL and restart " + name;
    }

    private static String outage(String part, long millis) throws Exception {
        stack("stop", part);
        Thread.sleep(millis);
        stack("start", part);
        return part.equals("kafka") ? "Kafka broker restart" : "Elasticsearch down " + millis / 1000 + " s";
    }

    private static void stack(String command, String part) throws Exception {
        Process process = new ProcessBuilder("bash", LocalStack.REPO.resolve("deploy/local/stack.sh").toString(), command, part)
                .inheritIO().start();
        assertEquals(0, process.waitFor(), "stack.sh " + command + " " + part);
    }

    private static void submit(int from, int to) throws Exception {
        for (int start = from; start < to; start += 50) {
            List<String> urls = IntStream.range(start, Math.min(to, start + 50)).mapToObj(site::url).toList();
            Await.until("the fetcher to take pages", () -> {
                try {
                    int status = Http.call("POST", "http://127.0.0.1:" + services.get("fetcher-service").port()
                            + "/api/fetch", JSON.writeValueAsString(urls)).statusCode();
                    return status == 202 ? true : null;
                } catch (java.io.IOException restarting) {
                    return null;
                }
            });
        }
    }

    /** Garbage, truncated JSON and a 5 MB non-JSON body on news.raw; an article whose date breaks the mapping. */
    private static int poison() throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 12_000_000);
        byte[] big = new byte[5_000_000];
        new Random(7).nextBytes(big);
        String badArticle = "{\"id\":\"fedcba9876543210fedcba9876543210\",\"url\":\"http://x.example/bad\","
                + "\"title\":\"Bad date\",\"publishedAt\":\"not a date at all\",\"text\":\"x\"}";
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(RAW, "poison-garbage", new byte[] {(byte) 0xff, 0, 1, 2, 3})).get();
            producer.send(new ProducerRecord<>(RAW, "poison-truncated", "{\"id\":\"ab\",\"url\":".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(RAW, "poison-big", big)).get();
            producer.send(new ProducerRecord<>(ARTICLES, "fedcba9876543210fedcba9876543210",
                    badArticle.getBytes(StandardCharsets.UTF_8))).get();
        }
        return 4;
    }

    private static long indexed() throws Exception {
        Http.call("POST", LocalStack.ES + "/" + ALIAS + "/_refresh", null);
        var response = Http.call("GET", LocalStack.ES + "/" + ALIAS + "/_count", null);
        return response.statusCode() == 200 ? JSON.readTree(response.body()).path("count").asLong() : -1;
    }

    private static long duplicateContents() throws Exception {
        String query = "{\"size\":0,\"aggs\":{\"same\":{\"terms\":{\"field\":\"contentHash\",\"min_doc_count\":2,\"size\":100}}}}";
        JsonNode result = JSON.readTree(Http.call("POST", LocalStack.ES + "/" + ALIAS + "/_search", query).body());
        return result.at("/aggregations/same/buckets").size();
    }

    private static long lag(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", LocalStack.KAFKA))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            long lag = 0;
            for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                lag += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            return lag;
        } catch (Exception e) {
            return -1;
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, RUN + "-dlq-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 12_582_912);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(DLQ));
            for (int poll = 0; poll < 10; poll++) {
                consumer.poll(Duration.ofSeconds(1)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
