package io.newsflow.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Four news sites on four loopback addresses, each with its own way in and its own troubles, recording every
 * request it gets:
 * <ol>
 * <li>an RSS feed of five articles (and a link robots.txt disallows); robots.txt asks a one-second Crawl-delay;</li>
 * <li>a sitemap index of two sitemaps of three articles each;</li>
 * <li>a listing page of five articles and an "about" page the source's allow pattern leaves out;</li>
 * <li>a listing page of troubles: a redirect, a redirect loop, a slow page, a page failing twice with 500, a 429
 * with Retry-After, a page bigger than the fetcher's body limit, an image served as HTML, a windows-1251 Russian
 * page sent as UTF-8, and a 404.</li>
 * </ol>
 */
final class MultiHostSite implements AutoCloseable {
    /** One request: which host, which path, when (nanoTime). */
    record Hit(String host, String path, long nanos) {
    }

    /** The pages that must end up on news.raw, by host index. */
    static final List<List<String>> ARTICLES = List.of(
            List.of("/news/feed-1.html", "/news/feed-2.html", "/news/feed-3.html", "/news/feed-4.html", "/news/feed-5.html"),
            List.of("/news/map-a-1.html", "/news/map-a-2.html", "/news/map-a-3.html", "/news/map-b-1.html",
                    "/news/map-b-2.html", "/news/map-b-3.html"),
            List.of("/news/list-1.html", "/news/list-2.html", "/news/list-3.html", "/news/list-4.html", "/news/list-5.html"),
            List.of("/news/redirect.html", "/news/slow.html", "/news/flaky.html", "/news/busy.html", "/news/huge.html",
                    "/news/cp1251.html"));
    static final Set<String> REDIRECTS = Set.of("/news/redirect.html", "/news/loop.html", "/news/loop-back.html");
    static final int HUGE_BYTES = 3 * 1024 * 1024;
    private static final List<String> TROUBLES = List.of("/news/redirect.html", "/news/loop.html", "/news/slow.html",
            "/news/flaky.html", "/news/busy.html", "/news/huge.html", "/news/binary.html", "/news/cp1251.html",
            "/news/missing.html");

    private final List<String> ips;
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    MultiHostSite(List<String> ips) throws IOException {
        this.ips = List.copyOf(ips);
        for (int i = 0; i < ips.size(); i++) {
            HttpServer server = HttpServer.create(new InetSocketAddress(ips.get(i), 0), 64);
            server.setExecutor(Executors.newFixedThreadPool(4));
            int site = i;
            server.createContext("/", exchange -> {
                hits.add(new Hit(exchange.getLocalAddress().getAddress().getHostAddress(),
                        exchange.getRequestURI().getPath(), System.nanoTime()));
                try {
                    serve(site, exchange);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    exchange.close();
                }
            });
            server.start();
            servers.add(server);
        }
    }

    String base(int site) {
        return "http://" + ips.get(site) + ":" + servers.get(site).getAddress().getPort();
    }

    String ip(int site) {
        return ips.get(site);
    }

    List<Hit> hits() {
        return List.copyOf(hits);
    }

    /** The sources file entry for all four sites, as the REST API takes it. */
    String sourceJson(String name) {
        return "{\"name\":\"" + name + "\",\"seeds\":["
                + "{\"kind\":\"feed\",\"url\":\"" + base(0) + "/feed.xml\"},"
                + "{\"kind\":\"sitemap\",\"url\":\"" + base(1) + "/sitemap-index.xml\"},"
                + "{\"kind\":\"listing\",\"url\":\"" + base(2) + "/section.html\",\"allow\":[\"/news/\"]},"
                + "{\"kind\":\"listing\",\"url\":\"" + base(3) + "/section.html\"}]}";
    }

    private void serve(int site, HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/robots.txt")) {
            send(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n" + (site == 0 ? "Crawl-delay: 1\n" : ""));
        } else if (site == 0 && path.equals("/feed.xml")) {
            send(exchange, 200, "application/rss+xml", feed());
        } else if (site == 1 && path.equals("/sitemap-index.xml")) {
            send(exchange, 200, "application/xml", "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + "<sitemap><loc>" + base(1) + "/sitemap-a.xml</loc></sitemap><sitemap><loc>" + base(1)
                    + "/sitemap-b.xml</loc></sitemap></sitemapindex>");
        } else if (site == 1 && path.matches("/sitemap-[ab]\\.xml")) {
            String part = path.substring(9, 10);
            StringBuilder urls = new StringBuilder();
            for (int n = 1; n <= 3; n++) {
                urls.append("<url><loc>").append(base(1)).append("/news/map-").append(part).append('-').append(n)
                        .append(".html</loc></url>");
            }
            send(exchange, 200, "application/xml", "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                    + urls + "</urlset>");
        } else if (site == 2 && path.equals("/section.html")) {
            send(exchange, 200, "text/html", listing(List.of("/news/list-1.html", "/news/list-2.html", "/news/list-3.html",
                    "/news/list-4.html", "/news/list-5.html", "/about.html")));
        } else if (site == 3 && path.equals("/section.html")) {
            send(exchange, 200, "text/html", listing(TROUBLES));
        } else if (site == 3 && path.startsWith("/news/")) {
            trouble(exchange, path);
        } else if (ARTICLES.get(site).contains(path)) {
            send(exchange, 200, "text/html; charset=utf-8", article(site, path));
        } else {
            send(exchange, 404, "text/plain", "not found");
        }
    }

    private void trouble(HttpExchange exchange, String path) throws IOException, InterruptedException {
        int attempt = attempts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        switch (path) {
            case "/news/redirect.html" -> redirect(exchange, "/news/moved.html");
            case "/news/moved.html" -> send(exchange, 200, "text/html", article(3, path));
            case "/news/loop.html" -> redirect(exchange, "/news/loop-back.html");
            case "/news/loop-back.html" -> redirect(exchange, "/news/loop.html");
            case "/news/slow.html" -> {
                Thread.sleep(1_500);
                send(exchange, 200, "text/html", article(3, path));
            }
            case "/news/flaky.html" -> {
                if (attempt <= 2) {
                    send(exchange, 500, "text/plain", "try again");
                } else {
                    send(exchange, 200, "text/html", article(3, path));
                }
            }
            case "/news/busy.html" -> {
                if (attempt == 1) {
                    exchange.getResponseHeaders().set("Retry-After", "2");
                    send(exchange, 429, "text/plain", "slow down");
                } else {
                    send(exchange, 200, "text/html", article(3, path));
                }
            }
            case "/news/huge.html" -> {
                StringBuilder page = new StringBuilder(article(3, path).replace("</body></html>", ""));
                while (page.length() < HUGE_BYTES) {
                    page.append("<p>Filler paragraph of a page far bigger than any article should be.</p>");
                }
                send(exchange, 200, "text/html", page + "</body></html>");
            }
            case "/news/binary.html" -> {
                byte[] png = new byte[4096];
                byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
                System.arraycopy(magic, 0, png, 0, magic.length);
                sendBytes(exchange, 200, "text/html", png);
            }
            case "/news/cp1251.html" -> sendBytes(exchange, 200, "text/html; charset=utf-8",
                    ("<html><head><meta charset=\"windows-1251\"><title>Каспийский форум</title></head><body><article>"
                            + "<h1>Каспийский форум</h1><p>Министр заявил, что переговоры о Каспийском море продолжатся"
                            + " в следующем месяце в Баку.</p></article></body></html>").getBytes(Charset.forName("windows-1251")));
            default -> send(exchange, 404, "text/plain", "not found");
        }
    }

    private String feed() {
        StringBuilder items = new StringBuilder();
        for (String path : ARTICLES.get(0)) {
            items.append("<item><title>").append(path).append("</title><link>").append(base(0)).append(path)
                    .append("</link></item>");
        }
        items.append("<item><title>secret</title><link>").append(base(0)).append("/private/secret.html</link></item>");
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Site one</title><link>" + base(0)
                + "</link><description>news</description>" + items + "</channel></rss>";
    }

    private static String listing(List<String> paths) {
        StringBuilder links = new StringBuilder();
        paths.forEach(path -> links.append("<li><a href=\"").append(path).append("\">").append(path).append("</a></li>"));
        return "<html><head><title>Section</title></head><body><ul>" + links + "</ul></body></html>";
    }

    private static String article(int site, String path) {
        return "<html><head><title>Story " + path + "</title></head><body><article><h1>Story " + path + " of site "
                + site + "</h1><p>The harbour authority of site " + site + " said on Monday that the story at " + path
                + " is one of a kind, and that the quay wall will be repaired before the winter storms.</p></article>"
                + "</body></html>";
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        sendBytes(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void sendBytes(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(0));
    }
}
