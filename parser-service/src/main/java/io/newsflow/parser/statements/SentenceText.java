package io.newsflow.parser.statements;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions in the text of a sentence or snippet: word and clause boundaries, quote spans and punctuation. Offsets
 * are into the text passed; quotes are {open, close} pairs of offsets.
 */
final class SentenceText {
    static final String BOUNDARIES = ",—–:;";
    private static final Set<String> NAME_SUFFIXES = Set.of("Inc", "Ltd", "LLC", "Corp", "Co", "Jr", "Sr", "PLC", "AG",
            "SA", "GmbH");
    static final String OPENERS = "“\"«„‘‹‚";

    /**
     * "BERLIN -- ", "ST. JOSEPH, Mich. (AP) — ", "WASHINGTON – ", "PUTRAJAYA, Nov 22 — ": a wire dateline before the
     * first sentence.
     */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}{2,}[\\p{L}\\d.,() ]{0,40}?\\s+(--|—|–)\\s+");

    private SentenceText() {
    }

    /** Where the text after a dateline at {@code from} starts; {@code from} when there is none. */
    static int afterDateline(String text, int from) {
        Matcher dateline = DATELINE.matcher(text).region(from, text.length());
        return dateline.lookingAt() ? dateline.end() : from;
    }

    static int skipBack(String text, int i) {
        int j = i - 1;
        while (j > 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return Math.max(j, 0);
    }

    /**
     * Whether {@code text} has {@code word} followed by a space at {@code at}. This and the two below find the
     * lexicon's words with their separators without building a needle for every word in every sentence.
     */
    static boolean startsWithWord(String text, String word, int at) {
        int end = at + word.length();
        return text.startsWith(word, at) && end < text.length() && text.charAt(end) == ' ';
    }

    /** Where ", {@code word}{@code next}" starts in {@code text}, at {@code from} or later; -1 if nowhere. */
    static int afterComma(String text, String word, char next, int from) {
        for (int i = text.indexOf(word, from + 2); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if (text.charAt(i - 2) == ',' && text.charAt(i - 1) == ' ' && end < text.length() && text.charAt(end) == next) {
                return i - 2;
            }
        }
        return -1;
    }

    /** Like {@link #afterComma}, after a dash instead: "… a battle with Amazon — claiming the e-tailer was …". */
    static int afterDash(String text, String word, char next, int from) {
        for (int i = text.indexOf(word, from + 2); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ("—–".indexOf(text.charAt(i - 2)) >= 0 && text.charAt(i - 1) == ' ' && end < text.length()
                    && text.charAt(end) == next) {
                return i - 2;
            }
        }
        return -1;
    }

    /** Where " {@code word} " starts in {@code text}, at {@code from} or later; -1 if nowhere. */
    static int spaced(String text, String word, int from) {
        for (int i = text.indexOf(word, from + 1); i >= 0; i = text.indexOf(word, i + 1)) {
            if (text.charAt(i - 1) == ' ' && startsWithWord(text, word, i)) {
                return i - 1;
            }
        }
        return -1;
    }

    /** The clause boundary before a cue, skipping the comma that closes an appositive ("X, the chief, said"). */
    static int boundaryBefore(String text, int position, List<int[]> quotes) {
        int from = position - 1;
        while (from >= 0 && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == ',')) {
            from--;
        }
        for (int i = from; i >= 0; i--) {
            if ((BOUNDARIES.indexOf(text.charAt(i)) >= 0 || spacedHyphen(text, i)) && !inside(quotes, i)
                    && !beforeNameSuffix(text, i) && !inNumber(text, i)) {
                return i;
            }
            if (isQuoteClose(quotes, i)) {
                return i;
            }
        }
        return -1;
    }

    /** "(TNO) - which was contracted by Reuters - found": a hyphen set off by spaces is typed for a dash. */
    private static boolean spacedHyphen(String text, int i) {
        return text.charAt(i) == '-' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
    }

    /** "$400,000": a comma between digits separates thousands, no clauses. */
    static boolean inNumber(String text, int i) {
        return text.charAt(i) == ',' && i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                && Character.isDigit(text.charAt(i + 1));
    }

    /** "Dräger, Inc.", "King, Jr.": the comma before a company's or a person's suffix closes no clause. */
    private static boolean beforeNameSuffix(String text, int comma) {
        if (text.charAt(comma) != ',') {
            return false;
        }
        int start = skipSpaces(text, comma + 1);
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return NAME_SUFFIXES.contains(text.substring(start, end));
    }

    static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (",.;:!?".indexOf(text.charAt(i)) >= 0 && (text.charAt(i) != '.' || i + 1 >= text.length()
                    || Character.isWhitespace(text.charAt(i + 1)) && !Sentences.isAbbreviation(text, i))) {
                return i;
            }
        }
        return text.length();
    }

    static boolean startsQuote(String text, int before) {
        for (int i = 0; i < before; i++) {
            if (OPENERS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a span of the sentence holds a direct quote, which is a statement of its own. */
    static boolean overlaps(List<int[]> quotes, int from, int to) {
        for (int[] q : quotes) {
            if (q[0] < to && q[1] > from) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(List<int[]> quotes, int i) {
        for (int[] q : quotes) {
            if (i >= q[0] && i <= q[1]) {
                return true;
            }
        }
        return false;
    }

    static boolean isQuoteClose(List<int[]> quotes, int i) {
        for (int[] q : quotes) {
            if (i == q[1]) {
                return true;
            }
        }
        return false;
    }

    static boolean onlyPunctuation(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isWordStart(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    static boolean isWordEnd(String text, int i) {
        return i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    static int skipCommas(String text, int i) {
        int j = skipSpaces(text, i);
        while (j < text.length() && text.charAt(j) == ',') {
            j = skipSpaces(text, j + 1);
        }
        return j;
    }

    static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int nextWord(String text, int i) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return skipSpaces(text, j);
    }

    /** ", adding to a mounting series of problems": a participle clause comments, it claims nothing of its own. */
    static boolean opensWithParticiple(String sentence, int at) {
        List<Words.Word> words = Words.of(sentence.substring(at, Math.min(sentence.length(), at + 40)));
        return !words.isEmpty() && words.get(0).lower().endsWith("ing");
    }

    /** "“…,” Mayor Ortiz said after the vote": the verb attributes the quote, it reports nothing else. */
    static boolean attributesQuote(String sentence, int boundary, List<int[]> quotes) {
        if (boundary < 0) {
            return false;
        }
        int i = boundary;
        while (i >= 0 && (Character.isWhitespace(sentence.charAt(i)) || sentence.charAt(i) == ',')) {
            i--;
        }
        return isQuoteClose(quotes, boundary) || i >= 0 && isQuoteClose(quotes, i);
    }

    /** The boundary mark right before a cue that opens its clause ("…, said X"), or -1. */
    static int clauseMarkBefore(String sentence, int cueStart) {
        int i = cueStart - 1;
        while (i >= 0 && Character.isWhitespace(sentence.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Whether the cue starts its clause ("…, said X"), so that its subject follows it. */
    static boolean opensClause(String sentence, int cueStart, List<int[]> quotes) {
        int i = cueStart - 1;
        while (i >= 0 && Character.isWhitespace(sentence.charAt(i))) {
            i--;
        }
        return i < 0 || BOUNDARIES.indexOf(sentence.charAt(i)) >= 0 || isQuoteClose(quotes, i)
                || sentence.charAt(i) == '-';
    }
}
