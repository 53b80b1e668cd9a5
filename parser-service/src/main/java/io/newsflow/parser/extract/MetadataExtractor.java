package io.newsflow.parser.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads title, description, authors, dates, section, tags and canonical URL, preferring the page's structured
 * data (JSON-LD, OpenGraph, {@code article:*}) and falling back to visible markup.
 */
final class MetadataExtractor {
    private static final Pattern BY_PREFIX = Pattern.compile("(?iu)^(by|von|par|por|автор:?|müəllif:?)\\s+");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)\\d|@|https?:|staff|editor|desk|team|admin|email|read|news|agency|redac|редакц");

    private final DateParser dates;

    MetadataExtractor(Clock clock) {
        this.dates = new DateParser(clock);
    }

    PageMetadata extract(Document doc, String url) {
        JsonNode ld = JsonLd.article(doc);
        String siteName = first(meta(doc, "og:site_name"), text(ld.path("publisher").path("name")));
        Element h1 = doc.selectFirst("h1");
        String title = TitleCleaner.clean(h1 == null ? null : h1.text(), Arrays.asList(meta(doc, "og:title"),
                text(ld.path("headline")), meta(doc, "twitter:title"), doc.title()), siteName);
        String description = first(meta(doc, "og:description"), meta(doc, "description"), text(ld.path("description")));
        Instant published = firstDate(text(ld.path("datePublished")), meta(doc, "article:published_time"),
                meta(doc, "og:published_time"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "date"),
                meta(doc, "dc.date"), meta(doc, "dc.date.issued"), itemprop(doc, "datePublished"),
                attr(doc, "time[datetime]", "datetime"));
        if (published == null) {
            published = first(dates.parseUrl(url), visibleDate(doc));
        }
        Instant modified = firstDate(text(ld.path("dateModified")), meta(doc, "article:modified_time"),
                meta(doc, "og:updated_time"), itemprop(doc, "dateModified"));
        String section = first(text(ld.path("articleSection")), meta(doc, "article:section"));
        return new PageMetadata(title, description, authors(doc, ld), published, modified, section, tags(doc, ld),
                canonical(doc), siteName);
    }

    private static List<String> authors(Document doc, JsonNode ld) {
        Set<String> names = new LinkedHashSet<>();
        List<String> raw = new ArrayList<>(JsonLd.names(ld.path("author")));
        raw.add(meta(doc, "author"));
        raw.add(meta(doc, "article:author"));
        for (Element e : doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
            raw.add(e.text());
        }
        for (String candidate : raw) {
            if (candidate == null) {
                continue;
            }
            for (String part : candidate.split("\\s*(?:,|;|\\band\\b|\\bи\\b|\\bvə\\b|\\bund\\b|&)\\s*")) {
                String name = BY_PREFIX.matcher(part.trim()).replaceFirst("").trim();
                if (isPersonName(name)) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    private static boolean isPersonName(String name) {
        int words = name.isEmpty() ? 0 : name.split("\\s+").length;
        return words >= 2 && words <= 5 && name.length() <= 60 && !NOT_A_NAME.matcher(name).find()
                && Character.isUpperCase(name.codePointAt(0));
    }

    private static List<String> tags(Document doc, JsonNode ld) {
        Set<String> tags = new LinkedHashSet<>();
        for (Element e : doc.select("meta[property=article:tag]")) {
            tags.add(e.attr("content").trim());
        }
        String keywords = first(meta(doc, "keywords"), text(ld.path("keywords")));
        if (tags.isEmpty() && keywords != null) {
            for (String k : keywords.split(",")) {
                tags.add(k.trim());
            }
        }
        if (tags.isEmpty()) {
            ld.path("keywords").forEach(k -> tags.add(k.asText().trim()));
        }
        tags.removeIf(String::isEmpty);
        return List.copyOf(tags);
    }

    private static String canonical(Document doc) {
        Element link = doc.selectFirst("link[rel=canonical][href]");
        String href = link == null ? "" : link.absUrl("href");
        return href.isEmpty() ? first(meta(doc, "og:url")) : href;
    }

    private Instant visibleDate(Document doc) {
        for (Element e : doc.select("time, [class*=date], [class*=time], [class*=meta], [class*=byline]")) {
            Instant date = dates.parseText(e.ownText().isBlank() ? e.text() : e.ownText());
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private Instant firstDate(String... values) {
        for (String value : values) {
            Instant date = dates.parseMachine(value);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "][content], meta[name=" + name + "][content]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String itemprop(Document doc, String name) {
        Element e = doc.selectFirst("[itemprop=" + name + "]");
        return e == null ? null : first(blankToNull(e.attr("content")), blankToNull(e.attr("datetime")));
    }

    private static String attr(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null ? null : blankToNull(e.attr(attribute));
    }

    private static String text(JsonNode node) {
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        return node.isValueNode() ? blankToNull(node.asText()) : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : TextNormaliser.clean(s);
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
