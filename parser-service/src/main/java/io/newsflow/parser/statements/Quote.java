package io.newsflow.parser.statements;

/**
 * A quoted span of a paragraph.
 *
 * @param open       offset of the opening mark, or 0 when the paragraph opens the quote without one
 * @param close      offset of the closing mark (its last character: “…’’ closes with two), or the paragraph's
 *                   length when the quote runs on into the next
 * @param closeWidth characters of the closing mark
 * @param continued  whether the paragraph opens with this quote while the previous paragraph's quote was left open
 * @param openWidth  characters of the opening mark: 0 when a drop cap or a slip took it
 */
record Quote(int open, int close, int closeWidth, boolean continued, int openWidth) {
    int textStart() {
        return open + openWidth;
    }

    /** Where the quoted text ends: at the closing mark. */
    int textEnd() {
        return close - closeWidth + 1;
    }

    boolean runsOn(String paragraph) {
        return close >= paragraph.length();
    }

    boolean contains(int offset) {
        return offset > open && offset < close;
    }
}
