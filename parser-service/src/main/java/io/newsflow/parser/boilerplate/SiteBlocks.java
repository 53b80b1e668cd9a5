package io.newsflow.parser.boilerplate;

import io.newsflow.contracts.Boilerplate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Learns each site's own boilerplate: a short block that appears word for word on {@value #MIN_PAGES} or more
 * different pages of one site (a promotion, a subscription prompt, a trailer no pattern knows) is the site's, not
 * the article's. Pages are told apart by their text, so one story published under several URLs counts once, and
 * only exact repeats count, so a lead paragraph that merely resembles another article's is never removed. Each
 * time a block is seen on a new page the sighting is handed to a listener, which shares it with other parser
 * replicas and keeps it over restarts; {@link #merge} takes theirs. Memory is bounded: the least recently seen
 * sites and blocks are forgotten first.
 */
public final class SiteBlocks {
    /** Pages a block must have been seen on, besides the current one, before it is removed. */
    public static final int MIN_PAGES = 5;
    static final int MAX_BLOCK_CHARS = 400;
    /** A page keeps at least this share of its text: learning must not empty an article. */
    private static final double MAX_REMOVED_SHARE = 0.3;
    private static final int MAX_SITES = 1000;
    private static final int MAX_BLOCKS_PER_SITE = 500;

    /**
     * That a block was seen on these pages of a site.
     *
     * @param site  the site (host without {@code www.})
     * @param block the block's fingerprint (64-bit, hex)
     * @param pages fingerprints of the pages it was seen on, at most {@value #MIN_PAGES} + 1
     */
    public record Sighting(String site, String block, long[] pages) {
    }

    /** The paragraphs kept, and the blocks removed as the site's boilerplate. */
    public record Result(List<String> paragraphs, List<Boilerplate> removed) {
    }

    private final Map<String, Map<Long, long[]>> sites = lru(MAX_SITES);
    private final Consumer<Sighting> listener;

    /** @param listener told of every new sighting (to share it); called outside any lock of this class */
    public SiteBlocks(Consumer<Sighting> listener) {
        this.listener = listener;
    }

    /** Removes the site's recurring blocks from a page's paragraphs, and learns from the page. */
    public Result apply(String site, List<String> paragraphs) {
        if (site == null || paragraphs.size() < 2) {
            return new Result(paragraphs, List.of());
        }
        long page = 0;
        int total = 0;
        for (String paragraph : paragraphs) {
            page = page * 31 + fingerprint(paragraph, false);
            total += paragraph.length();
        }
        int removedChars = 0;
        List<String> kept = new ArrayList<>();
        List<Boilerplate> removed = new ArrayList<>();
        List<Sighting> learned = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph.length() > MAX_BLOCK_CHARS) {
                kept.add(paragraph);
                continue;
            }
            long block = fingerprint(paragraph.strip(), true);
            long[] pages = see(site, block, page, learned);
            if (otherPages(pages, page) >= MIN_PAGES && removedChars + paragraph.length() <= total * MAX_REMOVED_SHARE) {
                removed.add(new Boilerplate(paragraph, "site:recurring", null));
                removedChars += paragraph.length();
            } else {
                kept.add(paragraph);
            }
        }
        learned.forEach(listener);
        return new Result(List.copyOf(kept), List.copyOf(removed));
    }

    /** Takes a sighting from elsewhere (another replica, or the shared log at start). */
    public void merge(Sighting sighting) {
        long block = Long.parseUnsignedLong(sighting.block(), 16);
        synchronized (sites) {
            Map<Long, long[]> blocks = sites.computeIfAbsent(sighting.site(), s -> lru(MAX_BLOCKS_PER_SITE));
            long[] pages = blocks.getOrDefault(block, new long[0]);
            for (long page : sighting.pages()) {
                pages = with(pages, page);
            }
            blocks.put(block, pages);
        }
    }

    /** Records the page for the block and returns the pages it has been seen on. */
    private long[] see(String site, long block, long page, List<Sighting> learned) {
        synchronized (sites) {
            Map<Long, long[]> blocks = sites.computeIfAbsent(site, s -> lru(MAX_BLOCKS_PER_SITE));
            long[] pages = blocks.getOrDefault(block, new long[0]);
            long[] grown = with(pages, page);
            if (grown != pages) {
                blocks.put(block, grown);
                learned.add(new Sighting(site, Long.toHexString(block), grown.clone()));
            }
            return grown;
        }
    }

    /** The pages with this one added, unless it is there already or enough pages are known. */
    private static long[] with(long[] pages, long page) {
        if (pages.length > MIN_PAGES || otherPages(pages, page) < pages.length) {
            return pages;
        }
        long[] grown = Arrays.copyOf(pages, pages.length + 1);
        grown[pages.length] = page;
        return grown;
    }

    private static int otherPages(long[] pages, long page) {
        int others = 0;
        for (long p : pages) {
            others += p != page ? 1 : 0;
        }
        return others;
    }

    /**
     * FNV-1a over the text's characters, 64 bits: enough to tell a site's blocks apart, and cheap. With
     * {@code normalised}, case and runs of whitespace do not count.
     */
    static long fingerprint(String text, boolean normalised) {
        long hash = 0xcbf29ce484222325L;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (normalised && Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) {
                hash = (hash ^ ' ') * 0x100000001b3L;
                space = false;
            }
            hash = (hash ^ (normalised ? Character.toLowerCase(c) : c)) * 0x100000001b3L;
        }
        return hash;
    }

    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
