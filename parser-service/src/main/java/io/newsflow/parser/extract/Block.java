package io.newsflow.parser.extract;

/**
 * One paragraph-like run of text found in the main content, before boilerplate filtering.
 *
 * @param text        normalised text
 * @param tag         the block element that held it (p, li, h2, blockquote, div …)
 * @param linkChars   how many of its characters sit inside links
 */
public record Block(String text, String tag, int linkChars) {

    public double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    public boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
}
