package io.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article body in a cleaned document by paragraph scoring: every text-bearing block gives its parent
 * and ancestors a score for its length and punctuation, link-heavy containers are discounted, the best container
 * is widened to the ancestor that holds the rest of the article's paragraphs, and its sibling blocks that look
 * like article text join it.
 */
final class ContentExtractor {
    private static final Set<String> SCORED_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "div", "section",
            "article", "main", "dd");
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "li");
    private static final int MIN_BLOCK_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 3;
    private static final int MAX_WIDENING_LEVELS = 6;
    private static final double WIDENING_GAIN = 1.15;
    private static final double MIN_PARAGRAPH_SHARE = 0.45;
    private static final double MAX_CONTAINER_LINK_DENSITY = 0.35;

    private ContentExtractor() {
    }

    /** @param stats the text counts of the cleaned document */
    static List<Block> extract(Document doc, TextStats stats) {
        Element body = doc.body();
        Map<Element, Double> scores = score(body, stats);
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double adjusted = entry.getValue() * (1 - stats.of(entry.getKey()).linkDensity());
            if (adjusted > bestScore) {
                bestScore = adjusted;
                best = entry.getKey();
            }
        }
        Element content = widen(best, body, stats);
        return content == best ? blocksAround(best, bestScore, scores, stats) : BlockWalker.blocksOf(content);
    }

    private static Map<Element, Double> score(Element body, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            TextStats.Counts counts = stats.of(element);
            if (counts.ownText < MIN_BLOCK_CHARS || !SCORED_TAGS.contains(element.normalName())) {
                continue;
            }
            double points = 1 + counts.ownCommas + Math.min(counts.ownText / 100.0, 3);
            // A paragraph tag scores its container; a div holding bare text is its own container (Readability
            // turns such divs into paragraphs first).
            Element ancestor = PARAGRAPH_TAGS.contains(element.normalName()) ? element.parent() : element;
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(ancestor, points * share, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        return scores;
    }

    /**
     * Articles split into several sections (a paragraph container per section, ad slots between them) score best
     * in one section; the ancestor that gathers clearly more paragraph text, still mostly paragraphs and few
     * links, is the article.
     */
    private static Element widen(Element best, Element body, TextStats stats) {
        Element content = best;
        boolean paragraphTags = stats.of(best).usesParagraphTags();
        Element ancestor = best.parent();
        for (int level = 0; level < MAX_WIDENING_LEVELS && ancestor != null && ancestor != body; level++) {
            TextStats.Counts up = stats.of(ancestor);
            if (up.linkDensity() > MAX_CONTAINER_LINK_DENSITY) {
                break;
            }
            int gathered = up.mainText(paragraphTags);
            if (gathered >= stats.of(content).mainText(paragraphTags) * WIDENING_GAIN
                    && gathered >= up.text * MIN_PARAGRAPH_SHARE) {
                content = ancestor;
            }
            ancestor = ancestor.parent();
        }
        return content;
    }

    private static List<Block> blocksAround(Element best, double bestScore, Map<Element, Double> scores,
                                            TextStats stats) {
        Element parent = best.parent();
        if (parent == null) {
            return BlockWalker.blocksOf(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Block> blocks = new ArrayList<>();
        for (Element sibling : parent.children()) {
            TextStats.Counts counts = stats.of(sibling);
            if (sibling == best || scores.getOrDefault(sibling, 0.0) * (1 - counts.linkDensity()) >= threshold
                    || looksLikeParagraph(sibling, counts)) {
                blocks.addAll(BlockWalker.blocksOf(sibling));
            }
        }
        return blocks;
    }

    private static boolean looksLikeParagraph(Element element, TextStats.Counts counts) {
        return element.normalName().equals("p") && counts.text > 80 && counts.linkDensity() < 0.25
                && element.text().contains(". ");
    }
}
