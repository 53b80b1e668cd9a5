package io.newsflow.bench;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.bench.BenchmarkPages.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves benchmark pages as a multi-host news site on loopback: {@code http://127.0.0.<h>:<port>/<n>.html} is
 * page {@code n % pages} for any host {@code h}, so the fetcher sees as many sites as the benchmark asks for.
 */
final class CorpusSite implements AutoCloseable {
    private final HttpServer server;
    private final byte[][] bodies;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);

    CorpusSite(List<Page> pages) throws IOException {
        bodies = pages.stream().map(p -> p.html().getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        server = HttpServer.create(new InetSocketAddress("0.0.0.0", 0), 64);
        server.setExecutor(workers);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.equals("/robots.txt") ? "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8)
                    : bodies[Integer.parseInt(path.replaceAll("\\D", "")) % bodies.length];
            exchange.getResponseHeaders().set("Content-Type", path.endsWith(".txt") ? "text/plain" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The URL of the n-th page, spread over {@code hosts} host addresses. */
    String url(int n, int hosts) {
        return "http://127.0.0." + (1 + n % hosts) + ":" + server.getAddress().getPort() + "/" + n + ".html";
    }

    @Override
    public void close() {
        server.stop(0);
        // the workers are not daemons: left running, they keep the benchmark's JVM (and exec:java) alive
        workers.shutdownNow();
    }
}
