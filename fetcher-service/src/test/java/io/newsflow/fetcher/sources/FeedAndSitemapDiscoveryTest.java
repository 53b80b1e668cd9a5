package io.newsflow.fetcher.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.fetcher.fetch.FetchException;
import io.newsflow.fetcher.fetch.FetchedBody;
import io.newsflow.fetcher.fetch.Validators;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedAndSitemapDiscoveryTest {
    private static final Seed ALL = new Seed(Seed.FEED, "https://news.example/", List.of(), List.of("/video/"));

    @Test
    void rssAndAtomItemsBecomeArticleLinks() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>News</title><link>https://news.example/</link>
                  <item><title>One</title><link>https://news.example/a/one.html?utm_source=rss</link></item>
                  <item><title>Video</title><link>https://news.example/video/two.html</link></item>
                  <item><title>Three</title><link>/a/three.html</link></item>
                </channel></rss>""";
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>
                  <entry><title>Four</title><id>urn:4</id><updated>2024-01-01T00:00:00Z</updated>
                    <link href="https://news.example/a/four.html"/></entry>
                </feed>""";

        assertEquals(List.of("https://news.example/a/one.html", "https://news.example/a/three.html"),
                FeedDiscovery.links(body("https://news.example/rss.xml", rss), ALL));
        assertEquals(List.of("https://news.example/a/four.html"),
                FeedDiscovery.links(body("https://news.example/atom.xml", atom), ALL));
    }

    @Test
    void sitemapsIndexesAndNewsSitemaps() throws Exception {
        String index = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>https://news.example/sitemap-news.xml</loc></sitemap>
                </sitemapindex>""";
        String news = """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                  <url><loc>https://news.example/a/five.html</loc>
                    <news:news><news:publication><news:name>News</news:name><news:language>en</news:language>
                    </news:publication><news:publication_date>2024-01-01</news:publication_date>
                    <news:title>Five</news:title></news:news></url>
                  <url><loc>https://news.example/video/six.html</loc></url>
                </urlset>""";

        SitemapDiscovery.Found fromIndex = SitemapDiscovery.parse(body("https://news.example/sitemap.xml", index), ALL);
        SitemapDiscovery.Found fromNews = SitemapDiscovery.parse(body("https://news.example/sitemap-news.xml", news), ALL);

        assertEquals(List.of("https://news.example/sitemap-news.xml"), fromIndex.sitemaps());
        assertEquals(List.of("https://news.example/a/five.html"), fromNews.pages());
    }

    @Test
    void brokenXmlIsAClearFailure() {
        assertEquals("bad-feed", assertThrows(FetchException.class,
                () -> FeedDiscovery.links(body("https://news.example/rss.xml", "<rss><channel>"), ALL)).reason());
        assertEquals("bad-sitemap", assertThrows(FetchException.class,
                () -> SitemapDiscovery.parse(body("https://news.example/s.xml", "not xml at all"), ALL)).reason());
    }

    private static FetchedBody body(String url, String xml) {
        return new FetchedBody(url, url, 200, "application/xml", "UTF-8", xml.getBytes(StandardCharsets.UTF_8), false,
                Validators.NONE);
    }
}
