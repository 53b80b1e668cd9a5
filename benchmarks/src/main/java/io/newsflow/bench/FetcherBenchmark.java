package io.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.bench.BenchmarkPages.Page;
import io.newsflow.testkit.Await;
import io.newsflow.testkit.Http;
import io.newsflow.testkit.LocalStack;
import io.newsflow.testkit.Prometheus;
import io.newsflow.testkit.ServiceProcess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./newsflow bench fetcher [DATASET] [--pages N] [--hosts H] [--polite-pages P]}: the fetcher alone, as a
 * process with the real Kafka, fetching the benchmark pages from a multi-host loopback site into news.raw: first
 * with politeness off (the most it can do), then with the default one-second delay per host (bounded by hosts per
 * second). Prints a table and one JSON line.
 */
public final class FetcherBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUBMIT_BATCH = 500;

    private record Round(String politeness, int pages, int hosts, double seconds, double mb, long rssMb) {
        double pagesPerSecond() {
            return pages / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Page> pages = BenchmarkPages.load(BenchmarkPages.dataset(args));
        int count = BenchmarkPages.option(args, "--pages", 3000);
        int hosts = BenchmarkPages.option(args, "--hosts", 16);
        int politePages = BenchmarkPages.option(args, "--polite-pages", 320);
        try (CorpusSite site = new CorpusSite(pages)) {
            double mbPerPage = pages.stream().mapToLong(p -> p.html().length()).average().orElse(0) / 1e6;
            Round off = round(site, "0s", 0, count, hosts, mbPerPage);
            Round on = round(site, "1s", count, politePages, hosts, mbPerPage);
            System.out.printf("%n| politeness | pages | hosts | pages/s | MB/s | fetcher peak RSS |%n|---|---|---|---|---|---|%n");
            for (Round round : List.of(off, on)) {
                System.out.printf("| %s | %d | %d | %.1f | %.2f | %d MB |%n", round.politeness(), round.pages(),
                        round.hosts(), round.pagesPerSecond(), round.mb() / round.seconds(), round.rssMb());
            }
            System.out.printf("{\"bench\":\"fetcher\",\"hosts\":%d,\"offPerSec\":%.1f,\"offMbPerSec\":%.2f,"
                            + "\"politePerSec\":%.2f,\"politeCeilingPerSec\":%d}%n", hosts, off.pagesPerSecond(),
                    off.mb() / off.seconds(), on.pagesPerSecond(), hosts);
        }
    }

    /** One fetcher process fetching {@code count} new pages spread over {@code hosts} hosts, timed to the last publish. */
    private static Round round(CorpusSite site, String politeness, int offset, int count, int hosts, double mbPerPage)
            throws Exception {
        String run = "fetchbench" + System.currentTimeMillis();
        Map<String, String> env = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", LocalStack.KAFKA,
                "NEWSFLOW_TOPIC_RAW", "news.raw." + run, "NEWSFLOW_TOPIC_FETCH_STATE", "news.fetch-state." + run,
                "NEWSFLOW_TOPIC_FRONTIER", "news.frontier." + run, "NEWSFLOW_FETCHER_GROUP", run,
                "NEWSFLOW_FETCHER_ALLOWED_NETWORKS", "127.0.0.0/8", "NEWSFLOW_FETCHER_POLITENESS_DELAY", politeness));
        try (ServiceProcess fetcher = ServiceProcess.start(LocalStack.REPO, "fetcher-service", env, "256m")) {
            fetcher.awaitReady(Await.TIMEOUT);
            long start = System.nanoTime();
            for (int from = offset; from < offset + count; from += SUBMIT_BATCH) {
                List<String> urls = new ArrayList<>();
                for (int n = from; n < Math.min(offset + count, from + SUBMIT_BATCH); n++) {
                    urls.add(site.url(n, hosts));
                }
                Http.call("POST", "http://127.0.0.1:" + fetcher.port() + "/api/fetch", JSON.writeValueAsString(urls));
            }
            Await.until(count + " pages published", () ->
                    Prometheus.sum(fetcher, "newsflow_fetcher_pages_total", "outcome=\"published\"") >= count ? true : null);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Round(politeness, count, hosts, seconds, count * mbPerPage, fetcher.peakRssMb());
        } finally {
            IndexerBenchmark.deleteTopics(run);
        }
    }
}
