package io.newsflow.fetcher.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.fetcher.FetcherConfig;
import io.newsflow.fetcher.TestConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback. */
class PageFetcherTest {
    private HttpServer server;
    private PageFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/old", e -> redirect(e, "/new"));
        server.createContext("/new", e -> respond(e, 200, "text/html; charset=utf-8", "<p>moved here</p>".getBytes()));
        server.createContext("/loop", e -> redirect(e, "/loop"));
        server.createContext("/internal", e -> redirect(e, "http://10.1.2.3/admin"));
        server.createContext("/binary.html", e -> respond(e, 200, "application/octet-stream", new byte[] {0, 1, 2}));
        server.createContext("/cp1251", e -> respond(e, 200, "text/html", (
                "<html><head><meta charset=\"windows-1251\"></head><body><p>Привет, мир</p></body></html>")
                .getBytes(Charset.forName("windows-1251"))));
        server.createContext("/gone", e -> respond(e, 410, "text/html", new byte[0]));
        server.createContext("/feed.xml", e -> {
            e.getResponseHeaders().set("ETag", "\"v7\"");
            e.getResponseHeaders().set("Last-Modified", "Thu, 26 Nov 2026 10:00:00 GMT");
            if ("\"v7\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
                e.sendResponseHeaders(304, -1);
                e.close();
                return;
            }
            respond(e, 200, "application/rss+xml", "<rss version=\"2.0\"><channel/></rss>".getBytes());
        });
        server.createContext("/bomb.html", e -> {
            // 64 MB of zeros in about 64 KB: what arrives is small, what it inflates to is not
            java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(compressed)) {
                byte[] zeros = new byte[1 << 20];
                for (int i = 0; i < 64; i++) {
                    gzip.write(zeros);
                }
            }
            e.getResponseHeaders().set("Content-Encoding", "gzip");
            respond(e, 200, "text/html", compressed.toByteArray());
        });
        server.createContext("/busy", e -> {
            e.getResponseHeaders().set("Retry-After", "7");
            respond(e, 503, "text/html", new byte[0]);
        });
        server.start();
        FetcherConfig config = TestConfig.create();
        fetcher = new PageFetcher(config, new AddressGuard(config));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void followsRedirectsAndRecordsTheFinalUrl() throws Exception {
        FetchedPage page = fetcher.fetch(url("/old"));

        assertEquals(url("/old"), page.url());
        assertEquals(url("/new"), page.finalUrl());
        assertTrue(page.html().contains("moved here"));
    }

    @Test
    void stopsRedirectLoopsAndRedirectsIntoTheInternalNetwork() {
        assertEquals("too-many-redirects", assertThrows(FetchException.class, () -> fetcher.fetch(url("/loop"))).reason());
        assertEquals("blocked-address", assertThrows(FetchException.class, () -> fetcher.fetch(url("/internal"))).reason());
    }

    @Test
    void refusesBinaryBodiesAndErrorStatuses() {
        assertEquals("not-html", assertThrows(FetchException.class, () -> fetcher.fetch(url("/binary.html"))).reason());
        assertEquals("http-410", assertThrows(FetchException.class, () -> fetcher.fetch(url("/gone"))).reason());
    }

    @Test
    void carriesTheServersRetryAfter() {
        FetchException busy = assertThrows(FetchException.class, () -> fetcher.fetch(url("/busy")));

        assertEquals("http-503", busy.reason());
        assertEquals(java.util.Optional.of(Duration.ofSeconds(7)), busy.retryAfter());
    }

    @Test
    void decodesInTheCharsetThePageDeclares() throws Exception {
        FetchedPage page = fetcher.fetch(url("/cp1251"));

        assertEquals("windows-1251", page.charset());
        assertTrue(page.html().contains("Привет, мир"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aRepollSendsTheValidatorsAndA304MeansUnchanged() throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";

        FetchedBody first = fetcher.fetchBody(url, Validators.NONE);
        FetchedBody again = fetcher.fetchBody(url, first.validators());

        assertEquals(new Validators("\"v7\"", "Thu, 26 Nov 2026 10:00:00 GMT"), first.validators());
        assertFalse(first.unchanged());
        assertTrue(again.unchanged());
        assertEquals(0, again.bytes().length);
    }

    @Test
    void aGzipBombIsReadOnlyUpToTheBodyLimitAndMarkedTruncated() throws Exception {
        FetchedBody body = fetcher.fetchBody("http://127.0.0.1:" + server.getAddress().getPort() + "/bomb.html");

        assertTrue(body.truncated());
        assertEquals(TestConfig.create().maxBodyBytes(), body.bytes().length);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        respond(exchange, 302, "text/html", new byte[0]);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
