package io.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.testkit.Await;
import io.newsflow.testkit.Http;
import io.newsflow.testkit.Prometheus;
import io.newsflow.testkit.ServiceProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The running pipeline's rate from fetch to indexed, and where the machine's CPU went meanwhile ({@link CpuLedger}).
 */
final class EndToEnd {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUBMIT_BATCH = 100;

    /** @param cpuMsPerPage CPU milliseconds per page, by process ({@link CpuLedger}) */
    record Rate(int pages, double pagesPerSecond, double machineBusy, Map<String, ProcessCpu> cpuPerPage) {
        double cpuMsPerPage() {
            return cpuPerPage.values().stream().mapToDouble(ProcessCpu::seconds).sum();
        }

        double cpuMsPerPage(String process) {
            return cpuPerPage.get(process).seconds();
        }

        double jitMsPerPage() {
            return cpuPerPage.values().stream().mapToDouble(ProcessCpu::jitSeconds).sum();
        }

        @Override
        public String toString() {
            StringBuilder cpu = new StringBuilder();
            cpuPerPage.forEach((name, ms) -> cpu.append(String.format("%n  %-14s %5.1f ms (JIT %4.1f)", name,
                    ms.seconds(), ms.jitSeconds())));
            return String.format("%d pages at %.0f pages/s; machine %.0f %% busy; CPU per page %.1f ms, of which "
                    + "JIT compilers %.1f ms:%s", pages, pagesPerSecond, machineBusy * 100, cpuMsPerPage(),
                    jitMsPerPage(), cpu);
        }
    }

    private EndToEnd() {
    }

    /**
     * Offers pages {@code from} to {@code from + count} all at once (the fetcher queues them) and waits until the
     * indexer has taken every one of them (indexed or dead-lettered).
     *
     * @param services the fetcher, parser and indexer, in that order
     */
    static Rate throughput(CorpusSite site, int hosts, int from, int count, List<ServiceProcess> services)
            throws Exception {
        ServiceProcess indexer = services.get(2);
        double indexedBefore = done(indexer);
        CpuLedger ledger = new CpuLedger(services);
        CpuLedger.Reading before = ledger.read();
        long start = System.nanoTime();
        for (int n = from; n < from + count; n += SUBMIT_BATCH) {
            submit(site, hosts, services.get(0), n, Math.min(from + count, n + SUBMIT_BATCH));
        }
        Await.until(count + " pages indexed", () -> done(indexer) - indexedBefore >= count ? true : null);
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuLedger.Reading after = ledger.read();
        return new Rate(count, count / seconds, after.machine().busySince(before.machine()),
                after.perPageSince(before, count));
    }

    static void submit(CorpusSite site, int hosts, ServiceProcess fetcher, int from, int to) throws Exception {
        List<String> urls = new ArrayList<>();
        for (int n = from; n < to; n++) {
            urls.add(site.url(n, hosts));
        }
        Http.call("POST", "http://127.0.0.1:" + fetcher.port() + "/api/fetch", JSON.writeValueAsString(urls));
    }

    private static double done(ServiceProcess indexer) throws Exception {
        return Prometheus.sum(indexer, "newsflow_indexer_documents_total", "outcome=");
    }
}
