package io.newsflow.parser.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in every common style: “…”, "…", «…», „…“, ‘…’, ‹…›, ‚…‘, and “…’’ as some wire copy closes
 * them. A quote left open at the end of a paragraph runs on into the next one, as is the convention for quotes
 * over several paragraphs. Apostrophes (’ between letters) are not quote marks, and a straight ' quotes only where a
 * sentence opens with it and closes after punctuation, as some British pages write whole quotes ('…,' he said).
 * A paragraph whose first double mark can only close a quote opens that quote itself: a drop cap set from the
 * first letters often takes the opening mark with it ("We just needed time,” admits Andrew Hill).
 */
final class QuoteFinder {
    private static final String OPENERS = "“\"«„‘‹‚'";
    private static final String SENTENCE_ENDS = ".!?:";
    private static final String CLOSING_PUNCTUATION = ",.!?";
    private static final String DOUBLE_MARKS = "“”\"«»„";
    /** Words before a lone closing mark that make a quote of them, not a stray mark after a word or two. */
    private static final int MIN_MARKLESS_WORDS = 4;

    private QuoteFinder() {
    }

    /** @param previousRunsOn whether the previous paragraph ended inside a quote */
    static List<Quote> find(String paragraph, boolean previousRunsOn) {
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        int markless = marklessClose(paragraph);
        if (markless > 0) {
            quotes.add(new Quote(0, markless, 1, previousRunsOn, 0));
            i = markless + 1;
        }
        while (i < paragraph.length()) {
            char c = paragraph.charAt(i);
            if (OPENERS.indexOf(c) >= 0 && isOpening(paragraph, i)) {
                int close = closing(paragraph, i, c);
                int width = close < paragraph.length() && isDoubledSingle(paragraph, close - 1) ? 2 : 1;
                quotes.add(new Quote(i, close, width, quotes.isEmpty() && i == 0 && previousRunsOn, 1));
                i = close + 1;
            } else {
                i++;
            }
        }
        return quotes;
    }

    /**
     * The offset of the closing mark of a quote the paragraph opens without a mark, or -1: the paragraph opens with
     * a capital, its first double mark follows punctuation and a word and precedes a word (“…,” says Hill), and that
     * mark is left over when the paragraph's marks are paired.
     */
    private static int marklessClose(String paragraph) {
        // (most paragraphs hold no mark that could close a quote: looked for with the fast String.indexOf)
        if (paragraph.isEmpty() || !Character.isUpperCase(paragraph.charAt(0))
                || paragraph.indexOf('"') < 0 && paragraph.indexOf('”') < 0) {
            return -1;
        }
        int first = firstDoubleMark(paragraph);
        for (int quote = paragraph.indexOf('\''); quote >= 0 && quote < first; quote = paragraph.indexOf('\'', quote + 1)) {
            if (isOpening(paragraph, quote)) {
                return -1;
            }
        }
        if (first < 2 || first + 2 >= paragraph.length() || CLOSING_PUNCTUATION.indexOf(paragraph.charAt(first - 1)) < 0
                || paragraph.charAt(first + 1) != ' ' || !Character.isLetter(paragraph.charAt(first + 2))
                || Words.of(paragraph.substring(0, first)).size() < MIN_MARKLESS_WORDS) {
            return -1;
        }
        char mark = paragraph.charAt(first);
        boolean leftOver = mark == '"' ? count(paragraph, '"') % 2 == 1 : mark == '”' && count(paragraph, '”') > count(paragraph, '“');
        return leftOver ? first : -1;
    }

    private static int firstDoubleMark(String text) {
        int first = text.length();
        for (int i = 0; i < DOUBLE_MARKS.length(); i++) {
            int at = text.indexOf(DOUBLE_MARKS.charAt(i));
            first = at >= 0 && at < first ? at : first;
        }
        return first;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static boolean isOpening(String text, int i) {
        char c = text.charAt(i);
        boolean afterWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        if (c == '\'') {
            // "'It's very rare …,' Chad Hawk told Fox": a sentence opens with it, never "rock 'n' roll" or "the '90s"
            boolean opensSentence = i == 0 || i >= 2 && text.charAt(i - 1) == ' '
                    && SENTENCE_ENDS.indexOf(text.charAt(i - 2)) >= 0;
            return opensSentence && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
        }
        if (c == '‘') {
            return !afterWord && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        }
        return !afterWord || c == '«' || c == '„';
    }

    private static int closing(String text, int open, char opener) {
        String closers = switch (opener) {
            case '“' -> "”\"";
            case '"' -> "\"”";
            case '«' -> "»";
            case '„' -> "“”";
            case '‘' -> "’";
            case '‹' -> "›";
            case '‚' -> "‘’";
            default -> "";
        };
        boolean doubleQuote = opener == '“' || opener == '"';
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (opener == '\'') {
                if (c == '\'' && CLOSING_PUNCTUATION.indexOf(text.charAt(i - 1)) >= 0
                        && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                    return i;
                }
                continue;
            }
            if (closers.indexOf(c) >= 0 && !isApostrophe(text, i)) {
                return i;
            }
            if (doubleQuote && isDoubledSingle(text, i)) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** ’’ or '' standing for a closing ” ("…voters,’’ Moy told the BBC"), as some wire copy writes it. */
    private static boolean isDoubledSingle(String text, int i) {
        char c = text.charAt(i);
        return (c == '’' || c == '\'') && i + 1 < text.length() && text.charAt(i + 1) == c;
    }

    /** ’ between two letters is an apostrophe (Russia’s), not the end of a ‘quote’. */
    private static boolean isApostrophe(String text, int i) {
        return text.charAt(i) == '’' && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }
}
