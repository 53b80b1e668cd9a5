package io.newsflow.fetcher.sources;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources the fetcher polls and when each is next due: those of the sources file (replaced as a whole when the
 * file changes; a source that stays keeps its schedule) and those added through the API (kept across file
 * changes, gone at restart). Thread-safe.
 */
public final class SourceBook {
    /** Where a source comes from. */
    public enum Origin { FILE, API }

    /**
     * A source with its schedule.
     *
     * @param nextPoll when its seeds are read next
     */
    public record Entry(Source source, Origin origin, Duration repoll, Instant nextPoll) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Duration defaultRepoll;

    public SourceBook(Duration defaultRepoll) {
        this.defaultRepoll = defaultRepoll;
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** Replaces the file's sources; new ones are due at once, kept ones keep their next poll. */
    public synchronized void replaceFileSources(List<Source> sources, Instant now) {
        entries.values().removeIf(e -> e.origin() == Origin.FILE
                && sources.stream().noneMatch(s -> s.name().equals(e.source().name())));
        for (Source source : sources) {
            Entry old = entries.get(source.name());
            if (old != null && old.origin() == Origin.API) {
                continue;
            }
            Instant next = old == null ? now : old.nextPoll();
            entries.put(source.name(), new Entry(source, Origin.FILE, source.repollInterval(defaultRepoll), next));
        }
    }

    /**
     * Adds a source through the API, due at once.
     *
     * @throws IllegalArgumentException when the source is invalid
     * @throws IllegalStateException    when a source of that name exists
     */
    public synchronized Entry add(Source source, Instant now) {
        SourcesFile.validate("source", source);
        if (entries.containsKey(source.name())) {
            throw new IllegalStateException("a source named " + source.name() + " exists");
        }
        Entry entry = new Entry(source, Origin.API, source.repollInterval(defaultRepoll), now);
        entries.put(source.name(), entry);
        return entry;
    }

    /** @return whether there was such a source */
    public synchronized boolean remove(String name) {
        return entries.remove(name) != null;
    }

    /** The sources due at {@code now}, each rescheduled one interval later. */
    public synchronized List<Source> takeDue(Instant now) {
        List<Source> due = new ArrayList<>();
        for (Entry entry : List.copyOf(entries.values())) {
            if (!entry.nextPoll().isAfter(now)) {
                due.add(entry.source());
                entries.put(entry.source().name(), new Entry(entry.source(), entry.origin(), entry.repoll(),
                        now.plus(entry.repoll())));
            }
        }
        return due;
    }
}
