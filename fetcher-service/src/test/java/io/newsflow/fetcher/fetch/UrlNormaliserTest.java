package io.newsflow.fetcher.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class UrlNormaliserTest {

    @Test
    void foldsCaseDefaultPortsFragmentsAndTracking() {
        assertEquals("https://news.example.com/a/b?id=7",
                UrlNormaliser.normalise("HTTPS://News.Example.COM:443/a/b?utm_source=x&id=7&fbclid=abc#comments"));
        assertEquals("http://example.com/", UrlNormaliser.normalise("http://example.com:80"));
        assertEquals("http://127.0.0.1:8089/x.html", UrlNormaliser.normalise(" http://127.0.0.1:8089/x.html "));
    }

    @Test
    void keepsPathCaseAndOtherParameters() {
        assertEquals("https://example.com/News/Story?page=2&q=a%20b",
                UrlNormaliser.normalise("https://example.com/News/Story?page=2&q=a%20b&gclid=1"));
    }

    @Test
    void refusesOtherSchemesAndMalformedUrls() {
        assertThrows(IllegalArgumentException.class, () -> UrlNormaliser.normalise("file:///etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> UrlNormaliser.normalise("javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> UrlNormaliser.normalise("http://exa mple.com/"));
        assertThrows(IllegalArgumentException.class, () -> UrlNormaliser.normalise("http:///nohost"));
    }
}
