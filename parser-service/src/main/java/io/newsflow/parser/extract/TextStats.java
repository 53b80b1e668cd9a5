package io.newsflow.parser.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measurements of every element, gathered in one pass over the tree so that scoring never re-reads a
 * subtree: all text, text inside links, text of paragraphs, and the element's own inline text (its text minus
 * that of nested blocks) with its commas.
 */
final class TextStats {
    /** Per element: the counts below, for the element's whole subtree unless named "own". */
    static final class Counts {
        int text;
        int links;
        int paragraphs;
        int ownText;
        int ownCommas;

        double linkDensity() {
            return text == 0 ? 0 : Math.min(1, (double) links / text);
        }
    }

    private static final double MAX_PARAGRAPH_LINK_DENSITY = 0.5;

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats collect(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Collector(), root);
        return stats;
    }

    Counts of(Element element) {
        return counts.getOrDefault(element, EMPTY);
    }

    private static final Counts EMPTY = new Counts();

    private final class Collector implements NodeVisitor {
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                counts.put(element, new Counts());
                if (element.normalName().equals("a")) {
                    linkDepth++;
                }
            } else if (node instanceof TextNode text && node.parent() instanceof Element parent) {
                String s = text.getWholeText();
                int length = visibleLength(s);
                Counts c = counts.get(parent);
                c.text += length;
                c.ownText += length;
                c.ownCommas += commas(s);
                if (linkDepth > 0) {
                    c.links += length;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            String name = element.normalName();
            if (name.equals("a")) {
                linkDepth--;
            }
            Counts c = counts.get(element);
            if (name.equals("p") && c.linkDensity() <= MAX_PARAGRAPH_LINK_DENSITY) {
                c.paragraphs = Math.max(c.paragraphs, c.text);
            }
            Element parent = element.parent();
            Counts up = parent == null ? null : counts.get(parent);
            if (up == null) {
                return;
            }
            up.text += c.text;
            up.links += c.links;
            up.paragraphs += c.paragraphs;
            if (!BlockWalker.BLOCK_TAGS.contains(name)) {
                up.ownText += c.ownText;
                up.ownCommas += c.ownCommas;
            }
        }
    }

    private static int visibleLength(String s) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws || !space) {
                length++;
            }
            space = ws;
        }
        return length;
    }

    private static int commas(String s) {
        int count = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '،' || c == '，' || c == '、') {
                count++;
            }
        }
        return count;
    }
}
