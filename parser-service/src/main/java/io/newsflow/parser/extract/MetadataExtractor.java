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
 * data (JSON-LD, OpenGraph, {@code article:*}, microdata) and falling back to visible markup.
 */
final class MetadataExtractor {
    private static final Pattern BY_PREFIX = Pattern.compile("(?iu)^(by|von|par|por|автор:?|müəllif:?)\\s+");
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?iu)\\d|@|https?:|staff|editor|desk|team|admin|email|read|news|agency|redac|редакц");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b|\\bи\\b|\\bvə\\b|\\bund\\b|&)\\s*");
    private static final String VISIBLE_DATES = "[class*=date], [class*=time], [class*=meta], [class*=byline]";

    private final DateParser dates;

    MetadataExtractor(Clock clock) {
        this.dates = new DateParser(clock);
    }

    PageMetadata extract(Document doc, String url) {
        PageScan scan = PageScan.of(doc);
        JsonNode ld = JsonLd.article(scan.jsonLd);
        String siteName = first(scan.meta("og:site_name"), text(ld.path("publisher").path("name")));
        String title = TitleCleaner.clean(scan.h1 == null ? null : scan.h1.text(), Arrays.asList(
                scan.meta("og:title"), text(ld.path("headline")), scan.meta("twitter:title"), scan.title), siteName);
        String description = first(scan.meta("og:description"), scan.meta("description"), text(ld.path("description")));
        Instant published = firstDate(text(ld.path("datePublished")), scan.meta("article:published_time"),
                scan.meta("og:published_time"), scan.meta("pubdate"), scan.meta("publishdate"), scan.meta("date"),
                scan.meta("dc.date"), scan.meta("dc.date.issued"), itemprop(scan, "datePublished"),
                scan.timeDatetime);
        if (published == null) {
            published = first(dates.parseUrl(url), visibleDate(doc));
        }
        Instant modified = firstDate(text(ld.path("dateModified")), scan.meta("article:modified_time"),
                scan.meta("og:updated_time"), itemprop(scan, "dateModified"));
        String section = first(text(ld.path("articleSection")), scan.meta("article:section"));
        String canonical = first(blankToNull(scan.canonicalHref), scan.meta("og:url"));
        String image = first(scan.meta("og:image"), scan.meta("twitter:image"), text(ld.path("image").path("url")),
                text(ld.path("image")));
        boolean declaresArticle = !ld.isMissingNode() || "article".equalsIgnoreCase(scan.meta("og:type"));
        return new PageMetadata(title, description, authors(scan, ld), published, modified, section,
                tags(scan, ld), canonical, image, declaresArticle, scan.links);
    }

    private static List<String> authors(PageScan scan, JsonNode ld) {
        List<String> raw = new ArrayList<>(JsonLd.names(ld.path("author")));
        raw.add(scan.meta("author"));
        raw.add(scan.meta("article:author"));
        scan.authorLinks.forEach(e -> raw.add(e.text()));
        for (Element author : scan.itemprop("author")) {
            Element name = author.selectFirst("[itemprop=name]");
            raw.add(name != null ? first(blankToNull(name.attr("content")), name.text())
                    : first(blankToNull(author.attr("content")), author.text()));
        }
        Set<String> names = new LinkedHashSet<>();
        for (String candidate : raw) {
            if (candidate == null) {
                continue;
            }
            for (String part : NAME_SEPARATOR.split(candidate)) {
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

    private static List<String> tags(PageScan scan, JsonNode ld) {
        Set<String> tags = new LinkedHashSet<>(scan.articleTags);
        String keywords = first(scan.meta("keywords"), text(ld.path("keywords")));
        if (tags.isEmpty() && keywords != null) {
            tags.addAll(Arrays.asList(keywords.split(",")));
        }
        if (tags.isEmpty()) {
            ld.path("keywords").forEach(k -> tags.add(k.asText()));
        }
        return tags.stream().map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
    }

    private Instant visibleDate(Document doc) {
        for (Element e : doc.select("time, " + VISIBLE_DATES)) {
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

    private static String itemprop(PageScan scan, String name) {
        for (Element e : scan.itemprop(name)) {
            String value = first(blankToNull(e.attr("content")), blankToNull(e.attr("datetime")));
            if (value != null) {
                return value;
            }
        }
        return null;
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
