package io.newsflow.bench;

import io.newsflow.testkit.Http;
import io.newsflow.testkit.ServiceProcess;

/** Reads a running service's Prometheus metrics. */
final class Metrics {
    private Metrics() {
    }

    /** The sum of a metric's series that carry the label (e.g. {@code outcome="indexed"}); exemplars ignored. */
    static double sum(ServiceProcess service, String name, String label) throws Exception {
        return Http.call("GET", "http://127.0.0.1:" + service.port() + "/q/metrics", null).body().lines()
                .filter(line -> (line.startsWith(name + "{") || line.startsWith(name + " ")) && line.contains(label))
                .map(line -> line.replaceFirst(" # .*", ""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
