package io.newsflow.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.ArticleIds;
import io.newsflow.contracts.ContractJson;
import io.newsflow.contracts.RawPage;
import io.newsflow.testkit.Await;
import io.newsflow.testkit.Http;
import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.Prometheus;
import io.newsflow.testkit.ServiceProcess;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two fetcher replicas crawl four sites on four loopback addresses through one frontier topic: each host is fetched
 * by one replica only, every article reaches news.raw exactly once, the troubles of the fourth site end as they
 * should, requests to a host keep the politeness delay (and robots.txt's Crawl-delay, and a 429's Retry-After),
 * and a replica killed and restarted fetches nothing again.
 */
class FetcherScaleOutIT {
    private static final String RUN = "scaleout" + System.currentTimeMillis();
    private static final String RAW = "news.raw." + RUN;
    private static final int PARTITIONS = 6;
    private static final Duration POLITENESS = Duration.ofMillis(300);
    private static final ObjectMapper JSON = ContractJson.newMapper();
    private static MultiHostSite site;
    private static Map<String, String> env;
    private static final List<ServiceProcess> fetchers = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        site = new MultiHostSite(hostsOverBothHalvesOfTheFrontier());
        env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA, "NEWSFLOW_TOPIC_RAW", RAW,
                "NEWSFLOW_TOPIC_FETCH_STATE", "news.fetch-state." + RUN, "NEWSFLOW_TOPIC_FRONTIER", "news.frontier." + RUN,
                "NEWSFLOW_FETCHER_GROUP", RUN, "NEWSFLOW_FETCHER_ALLOWED_NETWORKS", "127.0.0.0/8",
                "NEWSFLOW_FETCHER_POLITENESS_DELAY", POLITENESS.toMillis() + "ms",
                "NEWSFLOW_FETCHER_RETRY_BACKOFF", "200ms", "NEWSFLOW_FETCHER_MAX_BODY_BYTES", "1048576"));
        for (int i = 0; i < 2; i++) {
            fetchers.add(ServiceProcess.start(LocalStack.REPO, "fetcher-service", env, "256m"));
        }
        for (ServiceProcess fetcher : fetchers) {
            fetcher.awaitReady(Duration.ofSeconds(120));
        }
        awaitFrontierSplit();
    }

    @AfterAll
    static void stop() throws Exception {
        for (ServiceProcess fetcher : fetchers) {
            fetcher.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void twoReplicasSplitTheHostsFetchEveryPageOnceAndKeepEachHostsManners() throws Exception {
        long started = System.nanoTime();
        addSource(fetchers.get(0));
        Set<String> expected = expectedIds();
        Await.until("every article on " + RAW, () -> rawKeys().containsAll(expected) ? true : null);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("fetched %d pages from 4 hosts with 2 fetchers in %.1f s (%.1f pages/s; politeness %d ms,"
                + " one host with Crawl-delay 1 s)%n", expected.size(), seconds, expected.size() / seconds, POLITENESS.toMillis());

        List<String> keys = rawRecordKeys();
        assertEquals(expected.size(), keys.size(), "a page published twice or a page that should not be: " + keys);
        assertEquals(expected, new TreeSet<>(keys));
        for (int host = 0; host < 4; host++) {
            assertOneReplicaFetched(site.ip(host));
        }
        assertTrue(fetchedBy(fetchers.get(0)) > 0 && fetchedBy(fetchers.get(1)) > 0, "both replicas fetched");

        assertSpacing(0, Duration.ofMillis(950));
        for (int host = 1; host < 4; host++) {
            assertSpacing(host, POLITENESS.minusMillis(30));
        }
        assertTrue(hitsOf(3, "/news/busy.html").size() == 2 && gapMillis(hitsOf(3, "/news/busy.html")) >= 1_900,
                "the 429's Retry-After of 2 s was kept");
        assertEquals(3, hitsOf(3, "/news/flaky.html").size(), "two 500s, then success");
        assertEquals(0, hitsOf(0, "/private/secret.html").size(), "robots.txt disallows it");
        assertEquals(0, hitsOf(2, "/about.html").size(), "the allow pattern leaves it out");
        assertTrue(rawPage(site.base(3) + "/news/cp1251.html").html().contains("Каспийский форум"),
                "the windows-1251 page sent as UTF-8 is decoded right");
        RawPage huge = rawPage(site.base(3) + "/news/huge.html");
        assertTrue(huge.truncated() && huge.html().length() <= 1_048_576, "the huge page is cut at the body limit");
        assertTrue(rawPage(site.base(3) + "/news/redirect.html").finalUrl().endsWith("/news/moved.html"));
        assertTrue(failed("binary") >= 1 && failed("too-many-redirects") + failed("redirect-loop") >= 1,
                "the image behind text/html and the redirect loop are failures with their reason");

        ServiceProcess killed = fetchers.remove(1);
        killed.kill();
        ServiceProcess restarted = ServiceProcess.start(LocalStack.REPO, "fetcher-service", env, "256m");
        fetchers.add(restarted);
        restarted.awaitReady(Duration.ofSeconds(120));
        awaitFrontierSplit();
        addSource(restarted);
        Await.until("the restarted replica to find its pages known", () ->
                Prometheus.sum(restarted, "newsflow_fetcher_pages_total", "outcome=\"known\"") > 0 ? true : null);
        Thread.sleep(3_000);
        assertEquals(expected.size(), rawRecordKeys().size(), "nothing fetched again after the restart");
    }

    /** Loopback addresses whose frontier partitions fall two in each half, so that each replica gets hosts. */
    private static List<String> hostsOverBothHalvesOfTheFrontier() {
        List<String> low = new ArrayList<>();
        List<String> high = new ArrayList<>();
        for (int last = 2; low.size() < 2 || high.size() < 2; last++) {
            String ip = "127.0.0." + last;
            int partition = Utils.toPositive(Utils.murmur2(ip.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
            List<String> half = partition < PARTITIONS / 2 ? low : high;
            if (half.size() < 2) {
                half.add(ip);
            }
        }
        return List.of(low.get(0), high.get(0), low.get(1), high.get(1));
    }

    /** Waits until the two replicas hold all the frontier's partitions between them. */
    private static void awaitFrontierSplit() throws Exception {
        Await.until("the frontier split over both replicas", () -> {
            int total = 0;
            for (ServiceProcess fetcher : fetchers) {
                String last = fetcher.log().lines().filter(line -> line.contains("frontier partitions now fetched here"))
                        .reduce((a, b) -> b).orElse(null);
                if (last == null) {
                    return null;
                }
                total += last.substring(last.lastIndexOf('[')).split(",").length;
            }
            return total == PARTITIONS ? true : null;
        });
    }

    private static void addSource(ServiceProcess fetcher) throws Exception {
        HttpResponse<String> response = Http.call("POST", "http://127.0.0.1:" + fetcher.port() + "/api/sources",
                site.sourceJson("four-sites"), "Content-Type", "application/json");
        assertEquals(201, response.statusCode(), response.body());
    }

    private static Set<String> expectedIds() {
        Set<String> ids = new TreeSet<>();
        for (int host = 0; host < 4; host++) {
            for (String path : MultiHostSite.ARTICLES.get(host)) {
                ids.add(ArticleIds.fromUrl(site.base(host) + path));
            }
        }
        return ids;
    }

    private static void assertOneReplicaFetched(String ip) throws Exception {
        long replicas = 0;
        for (ServiceProcess fetcher : fetchers) {
            if (Prometheus.sum(fetcher, "newsflow_fetcher_pages_total", "host=\"" + ip + "\"") > 0) {
                replicas++;
            }
        }
        assertEquals(1, replicas, ip + " was fetched by one replica");
    }

    private static double fetchedBy(ServiceProcess fetcher) throws Exception {
        return Prometheus.sum(fetcher, "newsflow_fetcher_pages_total", "outcome=\"published\"");
    }

    private static double failed(String reason) throws Exception {
        double sum = 0;
        for (ServiceProcess fetcher : fetchers) {
            sum += Prometheus.sum(fetcher, "newsflow_fetcher_pages_total", "outcome=\"failed\"", "reason=\"" + reason + "\"");
        }
        return sum;
    }

    /**
     * Requests to one host are spaced by at least this; robots.txt is read before the politeness slot, and a
     * redirect's next hop is requested at once, as part of the same fetch.
     */
    private static void assertSpacing(int host, Duration least) {
        List<MultiHostSite.Hit> hits = site.hits().stream()
                .filter(hit -> hit.host().equals(site.ip(host)) && !hit.path().equals("/robots.txt")).toList();
        for (int i = 1; i < hits.size(); i++) {
            if (MultiHostSite.REDIRECTS.contains(hits.get(i - 1).path())) {
                continue;
            }
            long gap = (hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000;
            assertTrue(gap >= least.toMillis(), "host " + site.ip(host) + ": " + hits.get(i - 1).path() + " then "
                    + hits.get(i).path() + " only " + gap + " ms apart");
        }
    }

    private static List<MultiHostSite.Hit> hitsOf(int host, String path) {
        return site.hits().stream().filter(hit -> hit.host().equals(site.ip(host)) && hit.path().equals(path)).toList();
    }

    private static long gapMillis(List<MultiHostSite.Hit> hits) {
        return (hits.get(1).nanos() - hits.get(0).nanos()) / 1_000_000;
    }

    private static Set<String> rawKeys() {
        return new TreeSet<>(rawRecordKeys());
    }

    private static List<String> rawRecordKeys() {
        return rawRecords().stream().map(ConsumerRecord::key).toList();
    }

    private static RawPage rawPage(String url) throws Exception {
        String id = ArticleIds.fromUrl(url);
        for (ConsumerRecord<String, String> record : rawRecords()) {
            if (record.key().equals(id)) {
                return JSON.readValue(record.value(), RawPage.class);
            }
        }
        throw new AssertionError("no raw page for " + url);
    }

    private static List<ConsumerRecord<String, String>> rawRecords() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, RUN + "-test-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(RAW));
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
                var polled = consumer.poll(Duration.ofMillis(500));
                if (!polled.isEmpty()) {
                    quietSince = System.nanoTime();
                }
                polled.forEach(records::add);
            }
        }
        return records;
    }
}
