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
 * subtree: all text, text inside links, text of {@code <p>} paragraphs, prose (those paragraphs plus blocks with
 * enough text of their own), and the element's own inline text (its text minus that of nested blocks) with its
 * commas.
 */
final class TextStats {
    /** Per element: the counts below, for the element's whole subtree unless named "own". */
    static final class Counts {
        int text;
        int links;
        int paragraphs;
        int prose;
        int ownText;
        int ownCommas;

        /**
         * Whether this subtree writes its paragraphs as {@code <p>}: then only {@code <p>} text counts as its
         * paragraphs, so that comment threads and teaser excerpts in bare divs do not pass for article text.
         */
        boolean usesParagraphTags() {
            return paragraphs >= prose * P_TAG_SHARE;
        }

        /** Paragraph text in the form this subtree uses for it. */
        int mainText(boolean paragraphTags) {
            return paragraphTags ? paragraphs : prose;
        }

        double linkDensity() {
            return text == 0 ? 0 : Math.min(1, (double) links / text);
        }
    }

    private static final double MAX_PARAGRAPH_LINK_DENSITY = 0.5;
    private static final double P_TAG_SHARE = 0.5;
    /** A div or other block with this much text of its own, outside any p, is a paragraph too (CNN, old CMSs). */
    private static final int MIN_BARE_PARAGRAPH_CHARS = 80;

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
            if (c.linkDensity() <= MAX_PARAGRAPH_LINK_DENSITY) {
                if (name.equals("p")) {
                    c.paragraphs = Math.max(c.paragraphs, c.text);
                    c.prose = Math.max(c.prose, c.text);
                } else if (c.ownText >= MIN_BARE_PARAGRAPH_CHARS && BlockWalker.BLOCK_TAGS.contains(name)) {
                    c.prose += c.ownText;
                }
            }
            Element parent = element.parent();
            Counts up = parent == null ? null : counts.get(parent);
            if (up == null) {
                return;
            }
            up.text += c.text;
            up.links += c.links;
            up.paragraphs += c.paragraphs;
            up.prose += c.prose;
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
