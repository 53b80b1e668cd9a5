package io.newsflow.parser.boilerplate;

import io.newsflow.parser.extract.Block;
import java.util.List;

/**
 * Judges short blocks by their neighbours, as jusText does: a long, link-poor block is article text; a short one
 * (a date, a category label, a teaser's byline) belongs to whatever surrounds it. Short blocks between
 * boilerplate are boilerplate; between article paragraphs they stay (a one-line paragraph, a sub-heading).
 * List items are judged as a list would be, not one by one: a bullet point is short by nature.
 */
final class ContextClassifier {
    enum Kind { GOOD, NEAR_GOOD, SHORT, BAD }

    static final int GOOD_CHARS = 120;
    static final int SHORT_CHARS = 50;

    private ContextClassifier() {
    }

    /**
     * @param blocks the body's blocks
     * @param bad    which blocks are already boilerplate
     * @return which of the remaining blocks the context marks as boilerplate too
     */
    static boolean[] fragments(List<Block> blocks, boolean[] bad) {
        Kind[] kinds = new Kind[blocks.size()];
        boolean anyGood = false;
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = bad[i] ? Kind.BAD : kind(blocks.get(i));
            anyGood |= kinds[i] == Kind.GOOD;
        }
        boolean[] fragments = new boolean[kinds.length];
        if (!anyGood) {
            return fragments;
        }
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i] == Kind.SHORT) {
                Kind before = neighbour(kinds, i, -1);
                Kind after = neighbour(kinds, i, +1);
                fragments[i] = blocks.get(i).isHeading() ? !isText(after) : !(isText(before) && isText(after)
                        || before == null && isText(after) || after == null && isText(before));
            } else if (kinds[i] == Kind.NEAR_GOOD) {
                fragments[i] = neighbour(kinds, i, -1) == Kind.BAD && neighbour(kinds, i, +1) == Kind.BAD;
            }
        }
        return fragments;
    }

    private static Kind kind(Block block) {
        int length = block.text().length();
        if (length >= GOOD_CHARS) {
            return Kind.GOOD;
        }
        boolean listItem = block.tag().equals("li");
        return (length < SHORT_CHARS && !listItem) || block.isHeading() ? Kind.SHORT : Kind.NEAR_GOOD;
    }

    /** The nearest block in that direction that is not short, or null at the body's edge. */
    private static Kind neighbour(Kind[] kinds, int from, int step) {
        for (int i = from + step; i >= 0 && i < kinds.length; i += step) {
            if (kinds[i] != Kind.SHORT) {
                return kinds[i];
            }
        }
        return null;
    }

    private static boolean isText(Kind kind) {
        return kind == Kind.GOOD || kind == Kind.NEAR_GOOD;
    }
}
