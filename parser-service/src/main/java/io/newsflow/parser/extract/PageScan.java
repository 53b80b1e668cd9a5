package io.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Everything the metadata extractors read from a page, gathered in a single walk over the document instead of
 * one selector query per field: the title, meta tags, microdata, JSON-LD scripts, the first h1, time elements,
 * canonical and author links.
 */
final class PageScan {
    private final Map<String, String> meta = new HashMap<>();
    private final Map<String, List<Element>> itemprops = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    final List<Element> authorLinks = new ArrayList<>();
    final List<String> articleTags = new ArrayList<>();
    Element h1;
    /** The document's title, as {@link Document#title()} gives it (or null). */
    String title;
    int links;
    String timeDatetime;
    String canonicalHref;

    static PageScan of(Document doc) {
        PageScan scan = new PageScan();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element element) {
                scan.visit(element);
            }
        }, doc);
        return scan;
    }

    private void visit(Element e) {
        if (e.normalName().equals("a")) {
            links++;
        }
        if (e.normalName().equals("title") && title == null && e.parent() != null
                && e.parent().normalName().equals("head")) {
            title = StringUtil.normaliseWhitespace(e.text()).trim();
        }
        if (e.attributesSize() == 0) {
            if (e.normalName().equals("h1") && h1 == null) {
                h1 = e;
            }
            return;
        }
        switch (e.normalName()) {
            case "meta" -> {
                String content = e.attr("content");
                if (!content.isBlank()) {
                    String key = key(e);
                    if (!key.isEmpty()) {
                        meta.putIfAbsent(key, content);
                    }
                    if (key.equals("article:tag")) {
                        articleTags.add(content);
                    }
                }
            }
            case "script" -> {
                if (e.attr("type").equalsIgnoreCase("application/ld+json")) {
                    jsonLd.add(e.data());
                }
            }
            case "h1" -> {
                if (h1 == null) {
                    h1 = e;
                }
            }
            case "time" -> {
                if (timeDatetime == null && e.hasAttr("datetime")) {
                    timeDatetime = e.attr("datetime");
                }
            }
            case "link" -> {
                if (canonicalHref == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                    canonicalHref = absolute(e);
                }
            }
            default -> {
                // other elements matter only for their microdata and rel attributes, below
            }
        }
        if (e.hasAttr("itemprop")) {
            itemprops.computeIfAbsent(e.attr("itemprop"), k -> new ArrayList<>()).add(e);
        }
        if (e.attr("rel").equalsIgnoreCase("author")) {
            authorLinks.add(e);
        }
    }

    /** Canonical links are nearly always absolute already; resolving a URL against the base is the costly part. */
    private static String absolute(Element link) {
        String href = link.attr("href").trim();
        return href.startsWith("https://") || href.startsWith("http://") ? href : link.absUrl("href");
    }

    private static String key(Element metaTag) {
        for (String attribute : new String[] {"property", "name", "itemprop"}) {
            String value = metaTag.attr(attribute);
            if (!value.isEmpty()) {
                return value.toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** The content of the first meta tag with this property, name or itemprop (lower case), or null. */
    String meta(String key) {
        String value = meta.get(key);
        return value == null || value.isBlank() ? null : TextNormaliser.clean(value);
    }

    /** Elements carrying {@code itemprop="name"}, in document order. */
    List<Element> itemprop(String name) {
        return itemprops.getOrDefault(name, List.of());
    }
}
