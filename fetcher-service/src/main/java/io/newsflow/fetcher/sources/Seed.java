package io.newsflow.fetcher.sources;

import java.util.List;

/**
 * Where a source's article URLs come from.
 *
 * @param kind  {@code url}: the page itself is an article; {@code listing}: a section or home page whose links
 *              (filtered by {@code allow} and {@code deny}) are articles
 * @param url   the seed's address
 * @param allow regular expressions; a discovered link must match one (all links when empty)
 * @param deny  regular expressions; a discovered link matching any is skipped
 */
public record Seed(String kind, String url, List<String> allow, List<String> deny) {
    public static final String URL = "url";
    public static final String LISTING = "listing";

    public Seed {
        allow = allow == null ? List.of() : List.copyOf(allow);
        deny = deny == null ? List.of() : List.copyOf(deny);
    }
}
