package io.newsflow.testkit;

/** Reads a running service's Prometheus metrics. */
public final class Prometheus {
    private Prometheus() {
    }

    /**
     * The sum of a metric's samples whose labels contain every one of {@code labels} (e.g. {@code outcome="known"}).
     */
    public static double sum(ServiceProcess service, String name, String... labels) throws Exception {
        String body = Http.call("GET", "http://127.0.0.1:" + service.port() + "/q/metrics", null).body();
        return body.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> java.util.Arrays.stream(labels).allMatch(line::contains))
                .map(line -> line.replaceFirst(" # .*", ""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
