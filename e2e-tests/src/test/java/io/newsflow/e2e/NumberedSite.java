package io.newsflow.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A news site of as many articles as asked for: {@code /story-<n>.html} is an article whose every paragraph names
 * its number, so no two pages share their text and each page's article can be told apart by content.
 */
final class NumberedSite implements AutoCloseable {
    private final HttpServer server;

    NumberedSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            if (path.matches("/story-\\d+\\.html")) {
                body = article(Integer.parseInt(path.replaceAll("\\D", ""))).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
            } else {
                body = new byte[0];
                exchange.sendResponseHeaders(404, -1);
            }
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url(int n) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/story-" + n + ".html";
    }

    private static String article(int n) {
        return "<html><head><title>Harbour report " + n + "</title></head><body><article><h1>Harbour report " + n
                + "</h1><p>Report " + n + ": the port authority said on Monday that berth " + n + " will reopen after"
                + " repairs to the quay wall, which were delayed by the storm in the first week of the month.</p>"
                + "<p>Ships waiting for berth " + n + " were sent to the northern terminal, where the operator added a"
                + " second shift so that no cargo would wait longer than a day, the spokesperson told reporters.</p>"
                + "<p>The council will discuss the cost of report " + n + " on Thursday, together with the plan to"
                + " dredge the outer channel before the winter.</p></article></body></html>";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
