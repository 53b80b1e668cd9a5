package io.newsflow.fetcher.sources;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import io.newsflow.fetcher.fetch.FetchException;
import io.newsflow.fetcher.fetch.FetchedBody;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads XML sitemaps, sitemap indexes and Google News sitemaps with crawler-commons: a sitemap gives article
 * links (filtered by the seed's patterns), an index gives the sitemaps to read next.
 */
public final class SitemapDiscovery {
    /**
     * @param pages    article URLs found
     * @param sitemaps sitemaps an index points to
     */
    public record Found(List<String> pages, List<String> sitemaps) {
    }

    private SitemapDiscovery() {
    }

    public static Found parse(FetchedBody body, Seed seed) throws FetchException {
        LinkFilter filter = LinkFilter.of(seed);
        List<String> pages = new ArrayList<>();
        List<String> sitemaps = new ArrayList<>();
        try {
            SiteMapParser parser = new SiteMapParser(false);
            AbstractSiteMap map = parser.parseSiteMap(body.contentType() == null ? "text/xml" : body.contentType(),
                    body.bytes(), URI.create(body.finalUrl()).toURL());
            if (map instanceof SiteMapIndex index) {
                for (AbstractSiteMap child : index.getSitemaps()) {
                    sitemaps.add(child.getUrl().toString());
                }
            } else if (map instanceof SiteMap siteMap) {
                for (SiteMapURL url : siteMap.getSiteMapUrls()) {
                    filter.accept(url.getUrl().toString()).ifPresent(pages::add);
                }
            }
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new FetchException("bad-sitemap", body.url() + ": not a readable sitemap: " + e.getMessage());
        }
        return new Found(List.copyOf(pages), List.copyOf(sitemaps));
    }
}
