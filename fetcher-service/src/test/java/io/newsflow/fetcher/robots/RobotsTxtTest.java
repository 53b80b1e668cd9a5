package io.newsflow.fetcher.robots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import crawlercommons.robots.BaseRobotRules;
import io.newsflow.fetcher.FetcherConfig;
import io.newsflow.fetcher.TestConfig;
import io.newsflow.fetcher.fetch.AddressGuard;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on loopback. */
class RobotsTxtTest {
    private HttpServer server;
    private final AtomicInteger robotsRequests = new AtomicInteger();
    private volatile int status = 200;
    private volatile String body = """
            User-agent: *
            Disallow: /private/

            User-agent: NewsflowBot
            Disallow: /drafts/
            Crawl-delay: 2
            """;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/robots.txt", exchange -> {
            robotsRequests.incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void ourGroupAppliesWithItsCrawlDelayAndIsCached() {
        RobotsTxt robots = robots();

        BaseRobotRules rules = robots.rulesFor(url("/news/a.html"));

        assertTrue(rules.isAllowed(url("/news/a.html")));
        assertFalse(rules.isAllowed(url("/drafts/b.html")));
        assertEquals(2000, rules.getCrawlDelay());
        robots.rulesFor(url("/news/c.html"));
        assertEquals(1, robotsRequests.get());
    }

    @Test
    void missingRobotsAllowsAllAndServerErrorsAllowNothing() {
        status = 404;
        assertTrue(robots().rulesFor(url("/x")).isAllowed(url("/private/x")));
        status = 503;
        assertFalse(robots().rulesFor(url("/x")).isAllowed(url("/news/x")));
    }

    private static RobotsTxt robots() {
        FetcherConfig config = TestConfig.create();
        return new RobotsTxt(config, new AddressGuard(config));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
