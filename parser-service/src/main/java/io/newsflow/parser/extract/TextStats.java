package io.newsflow.parser.extract;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
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

    /** Sized for a typical news page's elements, so that the map rarely grows. */
    private final Map<Element, Counts> counts = new IdentityHashMap<>(2048);

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

    /**
     * Brings the counts up to date after subtrees were removed from these parents: each parent and its ancestors
     * are recounted from their children, whose counts still hold, children first. Far cheaper than a new pass
     * over the whole tree, and the same result.
     */
    void refresh(Collection<Element> parents, Element root) {
        Set<Element> stale = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element parent : parents) {
            Element e = parent;
            while (e != null && stale.add(e)) {
                e = e.parent();
            }
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return stale.contains(node) ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                recount((Element) node);
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private void recount(Element element) {
        Counts c = new Counts();
        boolean inLink = false;
        for (Element e = element; e != null && !inLink; e = e.parent()) {
            inLink = e.normalName().equals("a");
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                addText(c, text.getWholeText(), inLink);
            } else if (child instanceof Element childElement) {
                addChild(c, childElement.normalName(), counts.getOrDefault(childElement, EMPTY));
            }
        }
        finish(c, element.normalName());
        counts.put(element, c);
    }

    /** Adds a text node's visible characters (runs of whitespace count as one) and its commas. */
    private static void addText(Counts c, String text, boolean inLink) {
        int length = 0;
        int commas = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean ws = Character.isWhitespace(ch);
            if (!ws || !space) {
                length++;
            }
            if (ch == ',' || ch == '،' || ch == '，' || ch == '、') {
                commas++;
            }
            space = ws;
        }
        c.text += length;
        c.ownText += length;
        c.ownCommas += commas;
        if (inLink) {
            c.links += length;
        }
    }

    /** The paragraph counts an element's own name gives it, once its subtree is counted. */
    private static void finish(Counts c, String name) {
        if (c.linkDensity() <= MAX_PARAGRAPH_LINK_DENSITY) {
            if (name.equals("p")) {
                c.paragraphs = Math.max(c.paragraphs, c.text);
                c.prose = Math.max(c.prose, c.text);
            } else if (c.ownText >= MIN_BARE_PARAGRAPH_CHARS && BlockWalker.BLOCK_TAGS.contains(name)) {
                c.prose += c.ownText;
            }
        }
    }

    /** Adds a child's counts to its parent's; a nested block's text is not the parent's own. */
    private static void addChild(Counts up, String childName, Counts child) {
        up.text += child.text;
        up.links += child.links;
        up.paragraphs += child.paragraphs;
        up.prose += child.prose;
        if (!BlockWalker.BLOCK_TAGS.contains(childName)) {
            up.ownText += child.ownText;
            up.ownCommas += child.ownCommas;
        }
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
                addText(counts.get(parent), text.getWholeText(), linkDepth > 0);
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
            finish(c, name);
            Element parent = element.parent();
            Counts up = parent == null ? null : counts.get(parent);
            if (up != null) {
                addChild(up, name, c);
            }
        }
    }
}
