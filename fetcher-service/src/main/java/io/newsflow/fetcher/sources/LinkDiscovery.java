package io.newsflow.fetcher.sources;

import io.newsflow.fetcher.fetch.FetchedPage;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Finds the article links of a listing page, normalised, deduplicated and filtered by the seed's patterns. */
public final class LinkDiscovery {
    private LinkDiscovery() {
    }

    public static List<String> links(FetchedPage listing, Seed seed) {
        LinkFilter filter = LinkFilter.of(seed);
        Set<String> links = new LinkedHashSet<>();
        for (Element a : Jsoup.parse(listing.html(), listing.finalUrl()).select("a[href]")) {
            filter.accept(a.absUrl("href")).filter(url -> !url.equals(listing.url())).ifPresent(links::add);
        }
        return List.copyOf(links);
    }
}
