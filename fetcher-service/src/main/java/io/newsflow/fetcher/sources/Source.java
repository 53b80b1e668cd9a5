package io.newsflow.fetcher.sources;

import java.util.List;

/**
 * One site to crawl.
 *
 * @param name  a short name, carried on every raw page fetched for it
 * @param seeds where its article URLs come from
 */
public record Source(String name, List<Seed> seeds) {
    public Source {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }
}
