package io.newsflow.fetcher.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.contracts.ArticleIds;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FetchedPagesTest {
    @Test
    void remembersTheLatestFetchOfEachOfManyPages() {
        FetchedPages pages = new FetchedPages();
        for (int i = 0; i < 100_000; i++) {
            pages.put(ArticleIds.fromUrl("https://example.com/" + i), 1_000 + i);
        }
        pages.put(ArticleIds.fromUrl("https://example.com/7"), 5);
        pages.put(ArticleIds.fromUrl("https://example.com/8"), 9_999_999);

        assertEquals(100_000, pages.size());
        assertEquals(1_007, pages.get(ArticleIds.fromUrl("https://example.com/7")), "an older time never wins");
        assertEquals(9_999_999, pages.get(ArticleIds.fromUrl("https://example.com/8")));
        assertEquals(100_999, pages.get(ArticleIds.fromUrl("https://example.com/99999")));
        assertEquals(-1, pages.get(ArticleIds.fromUrl("https://example.com/never")));
    }

    @Test
    void aRemovedPageIsForgottenAndItsSlotReused() {
        FetchedPages pages = new FetchedPages();
        String id = ArticleIds.fromUrl("https://example.com/a");
        pages.put(id, 10);
        pages.remove(id);
        assertEquals(-1, pages.get(id));
        assertEquals(0, pages.size());
        for (int round = 0; round < 10_000; round++) {
            pages.put(id, round);
            pages.remove(id);
        }
        assertEquals(0, pages.size());
    }

    @Test
    void aPageIsDueWhenNeverFetchedOrWhenItsRecrawlIntervalHasPassed() {
        FetchedPages pages = new FetchedPages();
        String id = ArticleIds.fromUrl("https://example.com/story");
        Instant fetched = Instant.parse("2026-11-27T10:00:00Z");
        assertTrue(pages.due(id, Duration.ZERO, fetched));
        pages.put(id, fetched.getEpochSecond());

        assertFalse(pages.due(id, Duration.ZERO, fetched.plus(Duration.ofDays(365))), "fetched once without a policy");
        assertFalse(pages.due(id, Duration.ofHours(6), fetched.plus(Duration.ofHours(5))));
        assertTrue(pages.due(id, Duration.ofHours(6), fetched.plus(Duration.ofHours(6))));
    }

    @Test
    void idsThatAreNotHexStillWork() {
        FetchedPages pages = new FetchedPages();
        pages.put("not-a-page-id", 42);
        assertEquals(42, pages.get("not-a-page-id"));
        assertEquals(-1, pages.get("not-a-page-iD"));
    }
}
