package io.newsflow.fetcher.sources;

import java.util.List;

/**
 * Where a source's article URLs come from.
 *
 * @param kind  {@code url}: the page itself is an article; {@code listing}: a section or home page whose links
 *              are articles; {@code feed}: an RSS or Atom feed; {@code sitemap}: an XML sitemap, a sitemap index
 *              or a Google News sitemap. Discovered links are filtered by {@code allow} and {@code deny}.
 * @param url   the seed's address
 * @param allow regular expressions; a discovered link must match one (all links when empty)
 * @param deny  regular expressions; a discovered link matching any is skipped
 */
public record Seed(String kind, String url, List<String> allow, List<String> deny) {
    public static final String URL = "url";
    public static final String LISTING = "listing";
    public static final String FEED = "feed";
    public static final String SITEMAP = "sitemap";
    public static final java.util.Set<String> KINDS = java.util.Set.of(URL, LISTING, FEED, SITEMAP);

    public Seed {
        allow = allow == null ? List.of() : List.copyOf(allow);
        deny = deny == null ? List.of() : List.copyOf(deny);
    }
}
