package io.newsflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.ContractJson;
import io.newsflow.contracts.RawPage;
import io.newsflow.testkit.Await;
import io.newsflow.testkit.Http;
import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.ServiceProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Explorer page in headless Chromium ({@code e2e-tests/browser/explorer.test.mjs}, Playwright) against the
 * real parser and indexer with the demo site's pages indexed: search, the seed article with its statements
 * highlighted, statements by speaker, keyboard use, a phone screen, and no third-party requests. Screenshots of
 * the main views go to {@code target/screenshots}, or to {@code NEWSFLOW_SCREENSHOTS} when set
 * ({@code ./newsflow screenshots} sets it to {@code docs/screenshots}).
 */
class ExplorerIT {
    private static final String RUN = "explorer" + System.currentTimeMillis();
    private static final String RAW = "news.raw." + RUN;
    private static final String ALIAS = RUN + "-articles";
    private static final String STATEMENTS = RUN + "-statements";
    private static final List<String> PAGES = List.of(
            "en/politics/azerbaijani-russian-fms-give-joint-press-conference-in-baku.html",
            "ru/ekonomika-kaspiy.html", "tech/quantum-sensors-harbour.html", "world/bahnstreik.html");
    private static final ObjectMapper JSON = ContractJson.newMapper();
    private static final Path REPORT = Path.of("target/browser-tests.log").toAbsolutePath();
    private static ServiceProcess parser;
    private static ServiceProcess indexer;

    @BeforeAll
    static void indexTheDemoSite() throws Exception {
        Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA, "ELASTICSEARCH_URL", LocalStack.ES,
                "NEWSFLOW_TOPIC_RAW", RAW, "NEWSFLOW_TOPIC_ARTICLES", "news.articles." + RUN,
                "NEWSFLOW_TOPIC_DLQ", "news.dlq." + RUN, "NEWSFLOW_INDEX_ALIAS", ALIAS,
                "NEWSFLOW_STATEMENTS_ALIAS", STATEMENTS);
        indexer = ServiceProcess.start(LocalStack.REPO, "indexer-service",
                with(env, "MP_MESSAGING_INCOMING_ARTICLES_GROUP_ID", RUN));
        parser = ServiceProcess.start(LocalStack.REPO, "parser-service", with(env, "MP_MESSAGING_INCOMING_RAW_GROUP_ID", RUN));
        indexer.awaitReady(Await.TIMEOUT);
        parser.awaitReady(Await.TIMEOUT);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (String page : PAGES) {
                String url = "http://127.0.0.1:8089/" + page;
                String html = Files.readString(LocalStack.REPO.resolve("demo-site").resolve(page));
                RawPage raw = new RawPage(ArticleIds.fromUrl(url), url, url, 200, "text/html", "UTF-8", Instant.now(),
                        "demo", false, html);
                producer.send(new ProducerRecord<>(RAW, raw.id(), JSON.writeValueAsBytes(raw))).get();
            }
        }
        Await.until("the demo pages indexed", () -> {
            Http.call("POST", LocalStack.ES + "/" + ALIAS + "," + STATEMENTS + "/_refresh", null);
            String body = Http.call("GET", LocalStack.ES + "/" + ALIAS + "/_count", null).body();
            return JSON.readTree(body).path("count").asInt() == PAGES.size() ? true : null;
        });
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServiceProcess service : new ServiceProcess[] {parser, indexer}) {
            if (service != null) {
                service.close();
            }
        }
        LocalStack.deleteIndices(ALIAS, STATEMENTS);
    }

    @Test
    void explorerWorksInHeadlessChromium() throws Exception {
        Path browserTests = LocalStack.REPO.resolve("e2e-tests/browser");
        if (!Files.isDirectory(browserTests.resolve("node_modules/playwright-core"))) {
            assertEquals(0, run(browserTests, List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of()), "npm ci");
        }
        String screenshots = System.getenv().getOrDefault("NEWSFLOW_SCREENSHOTS",
                Path.of("target/screenshots").toAbsolutePath().toString());
        int exit = run(browserTests, List.of("node", "--test", "explorer.test.mjs"), Map.of(
                "EXPLORER_URL", "http://127.0.0.1:" + indexer.port() + "/explorer/", "SCREENSHOTS", screenshots));
        assertEquals(0, exit, "the browser tests failed:\n" + Files.readString(REPORT));
    }

    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> copy = new HashMap<>(env);
        copy.put(name, value);
        return copy;
    }

    private static int run(Path directory, List<String> command, Map<String, String> env) throws Exception {
        Files.createDirectories(REPORT.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(REPORT.toFile());
        builder.environment().putAll(env);
        return builder.start().waitFor();
    }
}
