package io.newsflow.fetcher.sources;

import io.newsflow.fetcher.fetch.FetchedPage;
import io.newsflow.fetcher.fetch.UrlNormaliser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Finds the article links of a listing page, normalised, deduplicated and filtered by the seed's patterns. */
public final class LinkDiscovery {
    private LinkDiscovery() {
    }

    public static List<String> links(FetchedPage listing, Seed seed) {
        List<Pattern> allow = seed.allow().stream().map(Pattern::compile).toList();
        List<Pattern> deny = seed.deny().stream().map(Pattern::compile).toList();
        Set<String> links = new LinkedHashSet<>();
        for (Element a : Jsoup.parse(listing.html(), listing.finalUrl()).select("a[href]")) {
            String url;
            try {
                url = UrlNormaliser.normalise(a.absUrl("href"));
            } catch (IllegalArgumentException notFetchable) {
                continue;
            }
            boolean allowed = allow.isEmpty() || allow.stream().anyMatch(p -> p.matcher(url).find());
            boolean denied = deny.stream().anyMatch(p -> p.matcher(url).find());
            if (allowed && !denied && !url.equals(listing.url())) {
                links.add(url);
            }
        }
        return List.copyOf(links);
    }
}
