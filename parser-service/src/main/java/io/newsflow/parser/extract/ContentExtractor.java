package io.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article body in a cleaned document by paragraph scoring: every text-bearing block gives its parent
 * and ancestors a score for its length and punctuation, link-heavy containers are discounted, and the best
 * container plus its sibling blocks that look like article text make the body.
 */
final class ContentExtractor {
    private static final int MIN_BLOCK_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 3;

    private ContentExtractor() {
    }

    static List<Block> extract(Document doc) {
        Element body = doc.body();
        Map<Element, Double> scores = score(body);
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double adjusted = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (adjusted > bestScore) {
                bestScore = adjusted;
                best = entry.getKey();
            }
        }
        return blocksAround(best, bestScore, scores);
    }

    private static Map<Element, Double> score(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.select("p, pre, td, blockquote, li, div, section, article")) {
            int length = ownTextLength(element);
            if (length < MIN_BLOCK_CHARS) {
                continue;
            }
            double points = 1 + commas(element) + Math.min(length / 100.0, 3);
            Element ancestor = element.parent();
            for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(ancestor, points * share, Double::sum);
                ancestor = ancestor.parent();
            }
        }
        return scores;
    }

    private static List<Block> blocksAround(Element best, double bestScore, Map<Element, Double> scores) {
        Element parent = best.parent();
        if (parent == null) {
            return BlockWalker.blocksOf(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Block> blocks = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || scores.getOrDefault(sibling, 0.0) * (1 - linkDensity(sibling)) >= threshold
                    || looksLikeParagraph(sibling)) {
                blocks.addAll(BlockWalker.blocksOf(sibling));
            }
        }
        return blocks;
    }

    private static boolean looksLikeParagraph(Element element) {
        if (!element.normalName().equals("p")) {
            return false;
        }
        String text = element.text();
        return text.length() > 80 && linkDensity(element) < 0.25 && text.contains(". ");
    }

    /** Characters of the element's own text, including inline children, excluding nested blocks. */
    private static int ownTextLength(Element element) {
        int length = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                length += text.text().trim().length();
            } else if (child instanceof Element inline && !BlockWalker.BLOCK_TAGS.contains(inline.normalName())) {
                length += inline.text().length();
            }
        }
        return length;
    }

    private static int commas(Element element) {
        int count = 0;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String s = text.getWholeText();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == ',' || c == '،' || c == '，' || c == '、') {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    static double linkDensity(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element link : element.select("a")) {
            links += link.text().length();
        }
        return Math.min(1, (double) links / total);
    }
}
