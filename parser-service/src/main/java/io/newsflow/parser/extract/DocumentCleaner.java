package io.newsflow.parser.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes what is never article text before scoring: scripts, forms, navigation, media chrome, hidden nodes,
 * and containers whose class or id names page furniture (share bars, related links, comments, cookie notes).
 * A class token that names content ("article-body") outweighs a furniture token elsewhere on the element; a token
 * naming both ("related-posts", "entry-meta") is furniture.
 */
final class DocumentCleaner {
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, svg, canvas, object, "
            + "embed, video, audio, button, input, select, textarea, nav, footer, aside, figure, figcaption, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=banner], "
            + "[role=contentinfo], [style*=display:none], [style*=display: none]";
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)comment|share|sharing|social|related|sidebar|footer|menu|navbar|breadcrumb|cookie|consent|newsletter"
                    + "|subscri|promo|advert|^ads?$|^ad-|-ad$|banner|popup|modal|widget|sponsor|outbrain|taboola"
                    + "|recommend|more-stories|read-more|readmore|tags|tag-list|byline|author|meta|dateline|caption"
                    + "|credit|toolbar|login|signup|paywall|masthead|header|skip|popular|trending");
    private static final Pattern CONTENT = Pattern.compile(
            "(?i)article|body|content|entry|main|post|story|text|column");
    private static final int MAX_NAME_LENGTH = 200;
    /** A container holding this share of the page's paragraph text is the content, whatever its class says. */
    private static final double PROTECTED_TEXT_SHARE = 0.3;

    private DocumentCleaner() {
    }

    static void clean(Document doc) {
        doc.select(NEVER_CONTENT).remove();
        Map<Element, Integer> paragraphChars = paragraphChars(doc);
        int protectedChars = (int) (paragraphChars.getOrDefault(doc.body(), 0) * PROTECTED_TEXT_SHARE);
        for (Element element : doc.body().select("*")) {
            if (element.parent() != null && isFurniture(element)
                    && paragraphChars.getOrDefault(element, 0) <= protectedChars) {
                element.remove();
            }
        }
    }

    /** Characters of {@code <p>} text inside each element, summed up the tree in one pass over the paragraphs. */
    private static Map<Element, Integer> paragraphChars(Document doc) {
        Map<Element, Integer> chars = new IdentityHashMap<>();
        for (Element p : doc.body().getElementsByTag("p")) {
            int length = p.text().length();
            for (Element e = p; e != null; e = e.parent()) {
                chars.merge(e, length, Integer::sum);
            }
        }
        return chars;
    }

    private static boolean isFurniture(Element element) {
        String name = element.normalName();
        if (name.equals("body") || name.equals("article") || name.equals("main")) {
            return false;
        }
        String names = (element.className() + " " + element.id()).trim();
        if (names.isEmpty() || names.length() > MAX_NAME_LENGTH) {
            return false;
        }
        boolean furniture = false;
        for (String token : names.split("\\s+")) {
            boolean furnitureToken = FURNITURE.matcher(token).find();
            if (!furnitureToken && CONTENT.matcher(token).find()) {
                return false;
            }
            furniture |= furnitureToken;
        }
        return furniture;
    }
}
