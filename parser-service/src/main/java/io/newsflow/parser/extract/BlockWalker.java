package io.newsflow.parser.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private String tag = "div";
    private int pendingBreaks;

    static List<Block> blocksOf(Element root) {
        BlockWalker walker = new BlockWalker();
        walker.walk(root, 0, root.normalName());
        walker.flush();
        return walker.blocks;
    }

    private void walk(Node node, int linkDepth, String blockTag) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode textNode) {
                append(textNode.getWholeText(), linkDepth, blockTag);
            } else if (child instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    pendingBreaks++;
                } else if (name.equals("td") || name.equals("th")) {
                    // a table row reads as one line: "HD  The Home Depot  225.86  -5.44%"
                    text.append(' ');
                    walk(element, linkDepth, blockTag.equals("tr") ? "tr" : blockTag);
                    text.append(' ');
                } else if (BLOCK_TAGS.contains(name)) {
                    flush();
                    walk(element, linkDepth, name);
                    flush();
                } else {
                    walk(element, name.equals("a") ? linkDepth + 1 : linkDepth, blockTag);
                }
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
