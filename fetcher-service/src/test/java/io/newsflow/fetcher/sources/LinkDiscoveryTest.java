package io.newsflow.fetcher.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.fetcher.fetch.FetchedPage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkDiscoveryTest {
    private static final String LISTING = """
            <nav><a href="/">Home</a> <a href="/politics/">Politics</a></nav>
            <ul>
              <li><a href="/2024/05/01/story-one.html?utm_source=home">Story one</a></li>
              <li><a href="story-two.html#comments">Story two</a></li>
              <li><a href="https://other.example/2024/ad.html">Advert</a></li>
              <li><a href="mailto:desk@example.com">Mail us</a></li>
              <li><a href="/2024/05/01/story-one.html">Story one again</a></li>
              <li><a href="/news/video-story.html">Video</a></li>
            </ul>""";

    @Test
    void keepsAllowedArticleLinksOnceInPageOrder() {
        FetchedPage page = new FetchedPage("https://example.com/news/", "https://example.com/news/", 200,
                "text/html", "UTF-8", false, LISTING);
        Seed seed = new Seed(Seed.LISTING, page.url(), List.of("^https://example\\.com/.+\\.html$"),
                List.of("video"));

        assertEquals(List.of("https://example.com/2024/05/01/story-one.html",
                "https://example.com/news/story-two.html"), LinkDiscovery.links(page, seed));
    }
}
