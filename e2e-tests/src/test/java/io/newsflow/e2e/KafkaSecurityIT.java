package io.newsflow.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.contracts.ArticleIds;
import io.newsflow.testkit.Await;
import io.newsflow.testkit.Http;
import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.ServiceProcess;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * The services talk to a Kafka that requires SASL, configured only through the documented {@code KAFKA_*}
 * variables (every client: the channels, the frontier, the fetch state, the site blocks), and a wrong password
 * stops a service at start with the reason and without the password in its log.
 */
class KafkaSecurityIT {
    private static final String RUN = "sasl" + System.currentTimeMillis();
    private static final String SEED = "en/politics/azerbaijani-russian-fms-give-joint-press-conference-in-baku.html";

    @Test
    void fetcherAndParserWorkOverSasl() throws Exception {
        try (DemoSiteServer site = new DemoSiteServer(LocalStack.REPO.resolve("demo-site"));
             ServiceProcess fetcher = ServiceProcess.start(LocalStack.REPO, "fetcher-service", env(LocalStack.KAFKA_SASL_PASSWORD));
             ServiceProcess parser = ServiceProcess.start(LocalStack.REPO, "parser-service", env(LocalStack.KAFKA_SASL_PASSWORD))) {
            fetcher.awaitReady(Duration.ofSeconds(120));
            parser.awaitReady(Duration.ofSeconds(120));
            String url = site.url(SEED);
            Http.call("POST", "http://127.0.0.1:" + fetcher.port() + "/api/fetch", "[\"" + url + "\"]",
                    "Content-Type", "application/json");
            String id = ArticleIds.fromUrl(url);
            String article = Await.until("the article on news.articles." + RUN, () -> article(id));
            assertTrue(article.contains("Lavrov"));
        }
    }

    @Test
    void aWrongPasswordStopsTheServiceAtStartWithoutPrintingIt() throws Exception {
        String wrong = "not-the-password-" + RUN;
        try (ServiceProcess fetcher = ServiceProcess.start(LocalStack.REPO, "fetcher-service", env(wrong))) {
            OptionalInt exit = fetcher.awaitExit(Duration.ofSeconds(90));
            assertTrue(exit.isPresent(), "the fetcher is still running with a wrong Kafka password");
            assertNotEquals(0, exit.getAsInt());
            String log = fetcher.log();
            assertTrue(log.contains("Authentication failed"), log);
            assertFalse(log.contains(wrong), "the password is in the log");
        }
    }

    private static Map<String, String> env(String password) {
        Map<String, String> env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA_SASL,
                "KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "KAFKA_SASL_MECHANISM", "PLAIN",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"newsflow\" password=\"" + password + "\";",
                "NEWSFLOW_TOPIC_RAW", "news.raw." + RUN, "NEWSFLOW_TOPIC_ARTICLES", "news.articles." + RUN,
                "NEWSFLOW_TOPIC_DLQ", "news.dlq." + RUN, "NEWSFLOW_TOPIC_FETCH_STATE", "news.fetch-state." + RUN,
                "NEWSFLOW_TOPIC_FRONTIER", "news.frontier." + RUN, "NEWSFLOW_TOPIC_SITE_BLOCKS", "news.site-blocks." + RUN));
        env.putAll(Map.of("NEWSFLOW_FETCHER_GROUP", RUN + "-fetcher", "NEWSFLOW_PARSER_GROUP", RUN + "-parser",
                "NEWSFLOW_FETCHER_ALLOWED_NETWORKS", "127.0.0.0/8"));
        return env;
    }

    /** Read through the plain listener, as any consumer of the topic would. */
    private static String article(String id) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, RUN + "-test-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("news.articles." + RUN));
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(5))) {
                if (id.equals(record.key())) {
                    return record.value();
                }
            }
        }
        return null;
    }
}
