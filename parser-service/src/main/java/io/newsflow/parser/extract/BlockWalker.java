package io.newsflow.parser.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns an element into paragraph blocks: block-level elements and {@code <br><br>} split paragraphs, inline
 * markup does not, so a sentence with a link or emphasis stays whole. A table row is one block.
 */
final class BlockWalker {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th", "dl",
            "dt", "dd", "figure", "header", "footer", "hr", "address", "center", "details", "summary", "aside",
            "nav", "form", "fieldset");

    private final List<Block> blocks = new ArrayList<>();
    private final Deque<String> blockTags = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private String tag = "div";
    private int pendingBreaks;

    static List<Block> blocksOf(Element root) {
        BlockWalker walker = new BlockWalker();
        walker.blockTags.push(root.normalName());
        NodeTraversor.traverse(walker.new Visitor(), root);
        walker.flush();
        return walker.blocks;
    }

    /** Walks without recursion, so that no nesting depth can overflow the stack. */
    private final class Visitor implements NodeVisitor {
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                append(textNode.getWholeText(), linkDepth, blockTags.peek());
            } else if (node instanceof Element element && depth > 0) {
                String name = element.normalName();
                if (name.equals("br")) {
                    pendingBreaks++;
                } else if (name.equals("td") || name.equals("th")) {
                    // a table row reads as one line: "HD  The Home Depot  225.86  -5.44%"
                    text.append(' ');
                } else if (BLOCK_TAGS.contains(name)) {
                    flush();
                    blockTags.push(name);
                } else if (name.equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element) || depth == 0) {
                return;
            }
            String name = element.normalName();
            if (name.equals("td") || name.equals("th")) {
                text.append(' ');
            } else if (BLOCK_TAGS.contains(name)) {
                flush();
                blockTags.pop();
            } else if (name.equals("a")) {
                linkDepth--;
            }
        }
    }

    private void append(String raw, int linkDepth, String blockTag) {
        if (raw.isBlank()) {
            if (text.length() > 0 && pendingBreaks == 0) {
                text.append(' ');
            }
            return;
        }
        if (pendingBreaks >= 2) {
            flush();
        } else if (pendingBreaks == 1) {
            text.append(' ');
        }
        pendingBreaks = 0;
        if (text.length() == 0) {
            tag = blockTag;
        }
        int before = text.length();
        TextNormaliser.appendCollapsed(text, raw);
        if (linkDepth > 0) {
            linkChars += text.length() - before;
        }
    }

    private void flush() {
        pendingBreaks = 0;
        String normalised = TextNormaliser.clean(text);
        if (!normalised.isEmpty()) {
            blocks.add(new Block(normalised, tag, Math.min(linkChars, normalised.length())));
        }
        text.setLength(0);
        linkChars = 0;
    }
}
