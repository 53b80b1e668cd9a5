package io.newsflow.fetcher.sources;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One site to crawl.
 *
 * @param name    a short name, carried on every raw page fetched for it
 * @param seeds   where its article URLs come from
 * @param repoll  how often its feeds, listings and sitemaps are read again ({@code 30s}, {@code 15m}, {@code 2h},
 *                {@code 1d}); null for the fetcher's default
 * @param recrawl the recrawl policy for its articles: an article found again in a seed is fetched again when its
 *                last fetch is older than this ({@code 6h}, {@code 1d}); null to fetch each article once
 */
public record Source(String name, List<Seed> seeds, String repoll, String recrawl) {
    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,6})([smhd])");
    private static final Duration LEAST = Duration.ofMinutes(1);

    public Source {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
    }

    public Source(String name, List<Seed> seeds) {
        this(name, seeds, null, null);
    }

    /**
     * The re-poll interval, or the fallback when none is set.
     *
     * @throws IllegalArgumentException when the value is not a number with s, m, h or d, or under a minute
     */
    public Duration repollInterval(Duration fallback) {
        return repoll == null || repoll.isBlank() ? fallback : interval("repoll", repoll);
    }

    /**
     * The recrawl interval of the source's articles; zero when they are fetched once.
     *
     * @throws IllegalArgumentException when the value is not a number with s, m, h or d, or under a minute
     */
    public Duration recrawlInterval() {
        return recrawl == null || recrawl.isBlank() ? Duration.ZERO : interval("recrawl", recrawl);
    }

    private static Duration interval(String key, String value) {
        Matcher m = INTERVAL.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(key + " must be like 30s, 15m, 2h or 1d, not " + value);
        }
        long n = Long.parseLong(m.group(1));
        Duration interval = switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (interval.compareTo(LEAST) < 0) {
            throw new IllegalArgumentException(key + " must be at least 1m, not " + value + ": sites are not polled faster");
        }
        return interval;
    }
}
