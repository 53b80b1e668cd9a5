package io.newsflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.newsflow.testkit.Await;
import io.newsflow.testkit.Http;
import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.ServiceProcess;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With tracing switched on (one setting), a page's fetch and parse belong to one trace: the W3C
 * {@code traceparent} of the {@code news.raw} record and of the {@code news.articles} record carry the same
 * trace id. Spans are exported to an address where nothing listens; the pipeline does not mind.
 */
class TracingIT {
    private static final String RUN = "tracing" + System.currentTimeMillis();
    private static final String RAW = "news.raw." + RUN;
    private static final String ARTICLES = "news.articles." + RUN;
    private static DemoSiteServer site;
    private static ServiceProcess fetcher;
    private static ServiceProcess parser;

    @BeforeAll
    static void start() throws Exception {
        site = new DemoSiteServer(LocalStack.REPO.resolve("demo-site"));
        Map<String, String> env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA,
                "NEWSFLOW_TOPIC_RAW", RAW, "NEWSFLOW_TOPIC_ARTICLES", ARTICLES, "NEWSFLOW_TOPIC_DLQ", "news.dlq." + RUN,
                "NEWSFLOW_TOPIC_FETCH_STATE", "news.fetch-state." + RUN, "NEWSFLOW_FETCHER_ALLOWED_NETWORKS", "127.0.0.0/8",
                "QUARKUS_OTEL_SDK_DISABLED", "false", "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9"));
        env.put("NEWSFLOW_TOPIC_FRONTIER", "news.frontier." + RUN);
        env.put("NEWSFLOW_FETCHER_GROUP", RUN + "-fetcher");
        fetcher = ServiceProcess.start(LocalStack.REPO, "fetcher-service", env);
        env.put("MP_MESSAGING_INCOMING_RAW_GROUP_ID", RUN);
        parser = ServiceProcess.start(LocalStack.REPO, "parser-service", env);
        fetcher.awaitReady(Await.TIMEOUT);
        parser.awaitReady(Await.TIMEOUT);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {fetcher, parser, site}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    @Test
    void fetchAndParseOfOnePageAreOneTrace() throws Exception {
        String body = "[\"" + site.url("world/bahnstreik.html") + "\"]";
        assertEquals(202, Http.call("POST", "http://127.0.0.1:" + fetcher.port() + "/api/fetch", body).statusCode());

        String fetched = Await.until("a traced record on " + RAW, () -> traceparent(RAW));
        String parsed = Await.until("a traced record on " + ARTICLES, () -> traceparent(ARTICLES));

        assertEquals(traceId(fetched), traceId(parsed), fetched + " vs " + parsed);
    }

    /** The first record's traceparent header, or null when there is no record yet. */
    private static String traceparent(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, RUN + "-reader-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(3))) {
                Header header = record.headers().lastHeader("traceparent");
                assertNotNull(header, "a record on " + topic + " without traceparent");
                return new String(header.value(), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** {@code 00-<trace id>-<span id>-<flags>} → the trace id. */
    private static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }
}
