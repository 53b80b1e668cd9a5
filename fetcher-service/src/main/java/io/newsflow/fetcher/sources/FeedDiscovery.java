package io.newsflow.fetcher.sources;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsflow.fetcher.fetch.FetchException;
import io.newsflow.fetcher.fetch.FetchedBody;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The article links of an RSS or Atom feed, read with ROME, filtered by the seed's patterns. */
public final class FeedDiscovery {
    private FeedDiscovery() {
    }

    public static List<String> links(FetchedBody feed, Seed seed) throws FetchException {
        LinkFilter filter = LinkFilter.of(seed);
        Set<String> links = new LinkedHashSet<>();
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            for (SyndEntry entry : input.build(new XmlReader(new ByteArrayInputStream(feed.bytes()))).getEntries()) {
                String link = entry.getLink() != null ? entry.getLink() : entry.getUri();
                if (link != null) {
                    filter.accept(URI.create(feed.finalUrl()).resolve(link.trim()).toString()).ifPresent(links::add);
                }
            }
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException("bad-feed", feed.url() + ": not a readable RSS or Atom feed: " + e.getMessage());
        }
        return List.copyOf(links);
    }
}
