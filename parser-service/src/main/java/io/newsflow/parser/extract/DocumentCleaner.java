package io.newsflow.parser.extract;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text before scoring: scripts, media chrome, navigation, hidden nodes, and
 * containers whose class or id names page furniture (share bars, related links, comments, cookie notes).
 * A class token that names content ("article-body") outweighs a furniture token elsewhere on the element; a token
 * naming both ("related-posts", "entry-meta") is furniture. A container that holds much of the page's paragraph
 * text is kept unless its name says comments: some sites call their article wrapper "article-header", none
 * call it "comments".
 */
final class DocumentCleaner {
    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "iframe",
            "svg", "canvas", "object", "embed", "video", "audio", "button", "input", "select", "textarea", "nav",
            "footer", "aside", "figure", "figcaption", "dialog", "menu");
    private static final Set<String> NON_CONTENT_ROLES = Set.of("navigation", "complementary", "banner",
            "contentinfo", "dialog", "menu", "menubar");
    /**
     * Substrings of class and id tokens that name furniture; plain substring tests are far cheaper than a regex.
     * Any of them may, on some site, wrap the article too ("content-with-sidebar"), so a container holding much
     * of the page's text is kept, except under a name that is never the article: comment threads are long prose
     * and would otherwise pass for it.
     */
    private static final List<String> FURNITURE = List.of("comment", "share", "sharing", "social", "related",
            "sidebar", "footer", "menu", "navbar", "breadcrumb", "cookie", "consent", "newsletter", "subscri", "promo",
            "advert", "banner", "popup", "modal", "widget", "sponsor", "outbrain", "taboola", "recommend",
            "more-stories", "read-more", "readmore", "tags", "tag-list", "byline", "author", "meta", "dateline",
            "caption", "credit", "toolbar", "login", "signup", "paywall", "masthead", "header", "skip", "popular",
            "trending");
    private static final List<String> NEVER_ARTICLE = List.of("comment", "disqus");
    private static final String COMMENTARY = "commentary";

    private enum Furniture { NONE, WEAK, STRONG }
    private static final List<String> CONTENT = List.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "column");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final int MAX_NAME_LENGTH = 200;
    /** Share of the page's paragraph text (and a few paragraphs' worth at least) that marks the content. */
    private static final double PROTECTED_TEXT_SHARE = 0.3;
    private static final int PROTECTED_MIN_CHARS = 500;

    private DocumentCleaner() {
    }

    /** @return the text counts of what is left */
    static TextStats clean(Document doc) {
        Element body = doc.body();
        TextStats stats = TextStats.collect(body);
        boolean paragraphTags = stats.of(body).usesParagraphTags();
        int protectedChars = Math.max(PROTECTED_MIN_CHARS,
                (int) (stats.of(body).mainText(paragraphTags) * PROTECTED_TEXT_SHARE));
        Map<String, Furniture> furnitureNames = new HashMap<>();
        Set<Element> cut = Collections.newSetFromMap(new IdentityHashMap<>());
        // A filter rather than a list of all elements: a removed subtree is never visited.
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || element == body) {
                    return FilterResult.CONTINUE;
                }
                if (NEVER_CONTENT.contains(element.normalName())
                        || element.attributesSize() > 0 && hiddenOrNonContent(element)) {
                    cut.add(element.parent());
                    return FilterResult.REMOVE;
                }
                if (element.attributesSize() == 0) {
                    return FilterResult.CONTINUE;
                }
                String id = element.id();
                String names = id.isEmpty() ? element.className() : element.className() + " " + id;
                Furniture furniture = names.isEmpty() ? Furniture.NONE
                        : furnitureNames.computeIfAbsent(names, DocumentCleaner::furniture);
                if (isLandmark(element) || furniture == Furniture.NONE) {
                    return FilterResult.CONTINUE;
                }
                boolean isProtected = stats.of(element).mainText(paragraphTags) > protectedChars;
                if (furniture == Furniture.STRONG || !isProtected) {
                    cut.add(element.parent());
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        stats.refresh(cut, body);
        return stats;
    }

    private static boolean hiddenOrNonContent(Element element) {
        return element.hasAttr("hidden")
                || element.attr("aria-hidden").equals("true") || NON_CONTENT_ROLES.contains(element.attr("role"))
                || element.hasAttr("style") && HIDDEN_STYLE.matcher(element.attr("style")).find();
    }

    private static boolean isLandmark(Element element) {
        String name = element.normalName();
        return name.equals("article") || name.equals("main");
    }

    private static Furniture furniture(String names) {
        String trimmed = names.trim().toLowerCase(java.util.Locale.ROOT).replace('\t', ' ').replace('\n', ' ');
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH) {
            return Furniture.NONE;
        }
        Furniture furniture = Furniture.NONE;
        for (String token : trimmed.split(" ")) {
            Furniture named = containsAny(token, NEVER_ARTICLE) && !token.contains(COMMENTARY) ? Furniture.STRONG
                    : containsAny(token, FURNITURE) || isAdToken(token) ? Furniture.WEAK : Furniture.NONE;
            if (named == Furniture.NONE && containsAny(token, CONTENT)) {
                return Furniture.NONE;
            }
            if (named.compareTo(furniture) > 0) {
                furniture = named;
            }
        }
        return furniture;
    }

    private static boolean containsAny(String token, List<String> words) {
        for (String word : words) {
            if (token.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "ad", "ads", "ad-slot", "top-ad": too short a word to test as a substring. */
    private static boolean isAdToken(String token) {
        return token.equals("ad") || token.equals("ads") || token.startsWith("ad-") || token.endsWith("-ad");
    }
}
