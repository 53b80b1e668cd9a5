package io.newsflow.fetcher.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When sources are due, and what a changed sources file or the API does to the schedule. */
class SourceBookTest {
    private static final Instant T0 = Instant.parse("2026-11-27T00:00:00Z");
    private final SourceBook book = new SourceBook(Duration.ofMinutes(15));

    @Test
    void aSourceIsDueAtOnceAndThenEveryRepollInterval() {
        book.replaceFileSources(List.of(source("a", null), source("b", "1h")), T0);

        assertEquals(List.of("a", "b"), names(book.takeDue(T0)));
        assertTrue(book.takeDue(T0.plus(Duration.ofMinutes(14))).isEmpty());
        assertEquals(List.of("a"), names(book.takeDue(T0.plus(Duration.ofMinutes(15)))));
        assertEquals(List.of("a", "b"), names(book.takeDue(T0.plus(Duration.ofHours(1)))));
    }

    @Test
    void aChangedFileKeepsTheScheduleOfKeptSourcesAndTheApiSources() {
        book.replaceFileSources(List.of(source("a", null), source("b", null)), T0);
        book.add(source("api", null), T0);
        book.takeDue(T0);

        book.replaceFileSources(List.of(source("a", null), source("c", null)), T0.plusSeconds(60));

        assertEquals(List.of("a", "api", "c"), book.entries().stream().map(e -> e.source().name()).sorted().toList());
        assertEquals(List.of("c"), names(book.takeDue(T0.plusSeconds(60))));
    }

    @Test
    void repollIntervalsAreReadAndBounded() {
        assertEquals(Duration.ofMinutes(30), source("a", "30m").repollInterval(Duration.ZERO));
        assertEquals(Duration.ofDays(1), source("a", "1d").repollInterval(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> source("a", "10s").repollInterval(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> source("a", "often").repollInterval(Duration.ZERO));
    }

    @Test
    void articlesAreFetchedOnceUnlessTheSourceSetsARecrawlInterval() {
        Seed feed = new Seed("feed", "https://a.example/rss.xml", List.of(), List.of());
        assertEquals(Duration.ZERO, new Source("a", List.of(feed)).recrawlInterval());
        assertEquals(Duration.ofHours(6), new Source("a", List.of(feed), null, "6h").recrawlInterval());
        assertThrows(IllegalArgumentException.class, () -> new Source("a", List.of(feed), null, "5s").recrawlInterval());
    }

    private static Source source(String name, String repoll) {
        return new Source(name, List.of(new Seed("feed", "https://" + name + ".example/rss.xml", List.of(), List.of())), repoll, null);
    }

    private static List<String> names(List<Source> sources) {
        return sources.stream().map(Source::name).toList();
    }
}
