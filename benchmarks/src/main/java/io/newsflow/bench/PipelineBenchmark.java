package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.bench.BenchmarkPages.Page;
import io.newsflow.testkit.Await;
import io.newsflow.testkit.Http;
import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;

/**
 * {@code ./newsflow bench [pipeline] [DATASET] [--pages N] [--warm-up-pages W] [--hosts H] [--seconds S]}: the whole
 * pipeline on this machine with the real local stack, in one run: the parser alone next to Jsoup alone
 * ({@link ParseSpeed}), the indexer next to raw {@code _bulk}, then the three services as processes fetching a
 * multi-host loopback site (politeness off): after W pages to warm them up, the most pages per second they take from
 * fetch to indexed with the CPU each process spent per page ({@link CpuLedger}), and the fetch-to-searchable latency
 * (p50, p95, p99) at half that rate, with each service's peak RSS. Prints a table and one JSON line.
 */
public final class PipelineBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Latency(double p50, double p95, double p99, int pages) {
    }

    public static void main(String[] args) throws Exception {
        Path dataset = BenchmarkPages.dataset(args);
        List<Page> pages = BenchmarkPages.load(dataset);
        int count = BenchmarkPages.option(args, "--pages", 3000);
        int hosts = BenchmarkPages.option(args, "--hosts", 8);
        int seconds = BenchmarkPages.option(args, "--seconds", 60);
        int warmUp = BenchmarkPages.option(args, "--warm-up-pages", 2000);

        System.out.println("Parser alone next to Jsoup alone:");
        ParseSpeed.Rates parser = ParseSpeed.measure(dataset, 3, 6);
        IndexerBenchmark.Rates indexer = IndexerBenchmark.measure(pages, 10_000);
        String run = "pipeline" + System.currentTimeMillis();
        Map<String, String> env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA,
                "ELASTICSEARCH_URL", LocalStack.ES, "NEWSFLOW_TOPIC_RAW", "news.raw." + run,
                "NEWSFLOW_TOPIC_ARTICLES", "news.articles." + run, "NEWSFLOW_TOPIC_DLQ", "news.dlq." + run,
                "NEWSFLOW_TOPIC_FETCH_STATE", "news.fetch-state." + run, "NEWSFLOW_TOPIC_SITE_BLOCKS", "news.site-blocks." + run,
                "NEWSFLOW_INDEX_ALIAS", run + "-articles", "NEWSFLOW_STATEMENTS_ALIAS", run + "-statements"));
        env.putAll(Map.of("NEWSFLOW_TOPIC_FRONTIER", "news.frontier." + run, "NEWSFLOW_FETCHER_GROUP", run + "-fetcher"));
        env.putAll(Map.of("NEWSFLOW_FETCHER_ALLOWED_NETWORKS", "127.0.0.0/8", "NEWSFLOW_FETCHER_POLITENESS_DELAY", "0s",
                "NEWSFLOW_FETCHER_CONCURRENCY", "8", "NEWSFLOW_PARSER_GROUP", run,
                "NEWSFLOW_INDEXER_GROUP", run));
        List<ServiceProcess> services = new ArrayList<>();
        try (CorpusSite site = new CorpusSite(pages)) {
            ServiceProcess indexerService = ServiceProcess.start(LocalStack.REPO, "indexer-service", env, "256m");
            ServiceProcess parserService = ServiceProcess.start(LocalStack.REPO, "parser-service", env, "512m");
            ServiceProcess fetcher = ServiceProcess.start(LocalStack.REPO, "fetcher-service", env, "256m");
            services.addAll(List.of(fetcher, parserService, indexerService));
            for (ServiceProcess service : services) {
                service.awaitReady(Await.TIMEOUT);
            }
            EndToEnd.Rate warm = EndToEnd.throughput(site, hosts, 0, warmUp, services);
            System.out.printf("%nEnd to end, warm-up: %d pages at %.0f pages/s%n", warmUp, warm.pagesPerSecond());
            EndToEnd.Rate measured = EndToEnd.throughput(site, hosts, warmUp, count, services);
            System.out.println("End to end, measured: " + measured);
            Latency latency = latency(site, hosts, warmUp + count, measured.pagesPerSecond() / 2, seconds, fetcher,
                    run + "-articles");
            print(parser, indexer, measured, latency, services);
        } finally {
            for (ServiceProcess service : services) {
                service.close();
            }
            LocalStack.deleteIndices(run + "-articles", run + "-statements");
            IndexerBenchmark.deleteTopics(run);
        }
    }

    /**
     * Offers new pages at a fixed rate for a while, and polls the index every 100 ms to see when each becomes
     * searchable; the latency of a page runs from its fetch time (in the article) to the poll that first finds it.
     */
    private static Latency latency(CorpusSite site, int hosts, int offset, double rate, int seconds,
                                   ServiceProcess fetcher, String alias) throws Exception {
        Instant since = Instant.now();
        Map<String, Double> latencies = new ConcurrentHashMap<>();
        Thread poller = new Thread(() -> poll(alias, since, latencies));
        poller.setDaemon(true);
        poller.start();
        int offered = (int) (rate * seconds);
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; i < offered; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            EndToEnd.submit(site, hosts, fetcher, offset + i, offset + i + 1);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (latencies.size() < offered && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        poller.interrupt();
        List<Double> sorted = latencies.values().stream().sorted().toList();
        return new Latency(percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99), sorted.size());
    }

    private static void poll(String alias, Instant since, Map<String, Double> latencies) {
        String query = "{\"size\":1000,\"_source\":[\"id\",\"fetchedAt\"],\"query\":{\"range\":{\"fetchedAt\":{\"gte\":\""
                + since + "\"}}},\"sort\":[{\"indexedAt\":\"desc\"}]}";
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Instant now = Instant.now();
                JsonNode hits = JSON.readTree(Http.call("POST", LocalStack.ES + "/" + alias + "/_search", query).body())
                        .at("/hits/hits");
                for (JsonNode hit : hits) {
                    String id = hit.at("/_source/id").asText();
                    Instant fetched = Instant.parse(hit.at("/_source/fetchedAt").asText());
                    latencies.putIfAbsent(id, Duration.between(fetched, now).toMillis() / 1000.0);
                }
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // the index may not answer for a moment; poll again
            }
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static void print(ParseSpeed.Rates parser, IndexerBenchmark.Rates indexer, EndToEnd.Rate measured,
                              Latency latency, List<ServiceProcess> services) {
        double endToEnd = measured.pagesPerSecond();
        double parserRatio = parser.ratio();
        double e2eRatio = endToEnd / parser.fullPagesPerSecond();
        System.out.printf("%n| measure | value | target |%n|---|---|---|%n");
        System.out.printf("| parser, full parse | %.0f pages/s (Jsoup alone %.0f): ratio %.2f | >= 0.5 |%n",
                parser.fullPagesPerSecond(), parser.jsoupPagesPerSecond(), parserRatio);
        System.out.printf("| indexer | %.0f articles/s (raw _bulk %.0f): ratio %.2f | >= 0.8 |%n", indexer.indexer(), indexer.rawBulk(), indexer.ratio());
        System.out.printf("| end to end, fetch → indexed | %.0f pages/s: %.2f of the parser alone; %.1f CPU ms per page, "
                + "%.1f of them the parser's | >= 0.7 |%n", endToEnd, e2eRatio, measured.cpuMsPerPage(), measured.cpuMsPerPage("parser"));
        System.out.printf("| fetch → searchable at %.0f pages/s | p50 %.2f s, p95 %.2f s, p99 %.2f s (%d pages) | p99 < 2 s |%n",
                endToEnd / 2, latency.p50(), latency.p95(), latency.p99(), latency.pages());
        System.out.printf("| peak RSS | fetcher %d MB, parser %d MB, indexer %d MB (heaps 256/512/256 MB) | steady |%n",
                services.get(0).peakRssMb(), services.get(1).peakRssMb(), services.get(2).peakRssMb());
        System.out.printf("{\"bench\":\"pipeline\",\"jsoupPerSec\":%.1f,\"parserPerSec\":%.1f,\"parserRatio\":%.3f,"
                        + "\"rawBulkPerSec\":%.1f,\"indexerPerSec\":%.1f,\"indexerRatio\":%.3f,\"endToEndPerSec\":%.1f,"
                        + "\"endToEndRatio\":%.3f,\"endToEndCpuMsPerPage\":%.2f,\"endToEndJitMsPerPage\":%.2f,\"latencyP50\":%.3f,\"latencyP95\":%.3f,\"latencyP99\":%.3f,"
                        + "\"rssFetcherMb\":%d,\"rssParserMb\":%d,\"rssIndexerMb\":%d}%n",
                parser.jsoupPagesPerSecond(), parser.fullPagesPerSecond(), parserRatio, indexer.rawBulk(), indexer.indexer(), indexer.ratio(), endToEnd,
                e2eRatio, measured.cpuMsPerPage(), measured.jitMsPerPage(), latency.p50(), latency.p95(), latency.p99(), services.get(0).peakRssMb(),
                services.get(1).peakRssMb(), services.get(2).peakRssMb());
    }
}
