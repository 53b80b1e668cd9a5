package io.newsflow.parser.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word tokens of a text with their offsets: runs of letters and digits, with inner apostrophes and hyphens. */
final class Words {
    /**
     * A word of {@code source}. Its text is cut out only when asked for, since most words of a paragraph are only
     * ever tested for a capital, and then kept with its lower case, which the rules ask of some words many times.
     */
    static final class Word {
        private final String source;
        private final int start;
        private final int end;
        private String text;
        private String lower;

        Word(String source, int start, int end) {
            this.source = source;
            this.start = start;
            this.end = end;
        }

        /** "37%": a number with a percent sign after it. */
        boolean isPercentage() {
            return end < source.length() && source.charAt(end) == '%' && Character.isDigit(source.charAt(end - 1));
        }

        String source() {
            return source;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        String text() {
            if (text == null) {
                text = source.substring(start, end);
            }
            return text;
        }

        boolean capitalized() {
            return Character.isUpperCase(source.codePointAt(start));
        }

        String lower() {
            if (lower == null) {
                lower = text().toLowerCase(Locale.ROOT);
            }
            return lower;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    private Words() {
    }

    static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i))
                    || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK
                    || isJoiner(text, i))) {
                i++;
            }
            words.add(new Word(text, start, i));
        }
        return words;
    }

    /** "there’s" → "there", "he’d" → "he": a word without the auxiliary contracted onto it. */
    static String withoutContraction(String word) {
        int apostrophe = Math.max(word.indexOf('\''), word.indexOf('’'));
        return apostrophe > 0 ? word.substring(0, apostrophe) : word;
    }

    /** An apostrophe, hyphen or dot inside a word ("O’Neill", "Jean-Luc", "U.S"), not at its edge. */
    private static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        boolean joiner = c == '\'' || c == '’' || c == '-' || c == '.';
        return joiner && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                && (c != '.' || i + 2 >= text.length() || text.charAt(i + 2) == '.' || !Character.isLetter(text.charAt(i + 2)));
    }
}
