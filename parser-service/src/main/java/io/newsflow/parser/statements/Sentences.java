package io.newsflow.parser.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences at ., ! and ? followed by a capital, a digit or a quote mark; never inside a
 * quotation, and not after abbreviations ("Mr.", "Dec.", "U.S.") or initials.
 */
final class Sentences {
    /** A sentence as offsets into its paragraph. */
    record Span(int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
            "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm", "cpl", "det", "insp", "asst", "supt", "atty", "rev", "hon", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "no", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "etc", "approx",
            "т", "г", "гг", "им", "ул", "проф", "акад");

    /** "the southeastern U.S.", "Acme Inc.": abbreviations a sentence may end on. */
    private static final Set<String> SENTENCE_FINAL = Set.of("u.s", "u.k", "u.n", "d.c", "inc", "ltd", "co", "corp",
            "jr", "sr", "etc");
    /** "… U.S. This year’s heat …": words that open a sentence and never go on a name or a title. */
    private static final Set<String> OPENERS = Set.of("The", "This", "That", "These", "Those", "It", "Its", "He",
            "She", "They", "We", "I", "His", "Her", "Their", "Our", "But", "And", "There", "In", "However", "Yet");

    private static final Pattern INITIALS = Pattern.compile("\\p{L}(\\.\\p{L})+");

    private Sentences() {
    }

    static List<Span> split(String paragraph, List<Quote> quotes) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            boolean quoteEnd = closesQuote(quotes, i) && i > 0 && ".!?…".indexOf(paragraph.charAt(i - 1)) >= 0;
            if (quoteEnd && endsSentence(paragraph, i)
                    || (c == '.' || c == '!' || c == '?' || c == '…') && !insideQuote(quotes, i) && endsSentence(paragraph, i)) {
                int end = i + 1;
                while (end < paragraph.length() && "”\"»’)".indexOf(paragraph.charAt(end)) >= 0) {
                    end++;
                }
                spans.add(new Span(start, end));
                start = skipSpaces(paragraph, end);
                i = start - 1;
            }
        }
        if (start < paragraph.length()) {
            spans.add(new Span(start, paragraph.length()));
        }
        return spans;
    }

    private static boolean endsSentence(String text, int i) {
        int closed = i + 1;
        while (closed < text.length() && text.charAt(closed) == ')') {
            // "(Chazelle admits that B.) It's the first …": a sentence in brackets ends at its full stop
            closed++;
        }
        int next = skipSpaces(text, closed);
        if (next == closed && next < text.length()) {
            return false;
        }
        if (next >= text.length()) {
            return true;
        }
        char n = text.charAt(next);
        // "… a tax-free transaction. (Alibaba says it has no plans …)": a sentence of its own in brackets
        boolean bracketed = n == '(' && next + 1 < text.length() && Character.isUpperCase(text.charAt(next + 1));
        if (!bracketed && !Character.isUpperCase(n) && !Character.isDigit(n) && "“\"«„‘—–-".indexOf(n) < 0) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        // "its focus now turns back to the U.K. “While we …”": a quote that opens after an abbreviation opens a
        // sentence of its own
        return !isAbbreviation(text, i) || "“«„".indexOf(n) >= 0;
    }

    /** Whether the period at {@code dot} ends an abbreviation ("Dr.", "U.S.") or an initial ("J."). */
    static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot).toLowerCase(Locale.ROOT);
        if (SENTENCE_FINAL.contains(word) && opensSentence(text, dot + 1)) {
            // "… across much of the southeastern U.S. This year’s heat is …": the abbreviation ends the sentence
            return false;
        }
        // "O.J. Simpson", "J.R.R. Tolkien": initials run together, as "U.S." is
        return word.length() == 1 && Character.isUpperCase(text.charAt(wordStart)) || ABBREVIATIONS.contains(word)
                || INITIALS.matcher(word).matches() && Character.isUpperCase(text.charAt(wordStart));
    }

    private static boolean opensSentence(String text, int from) {
        int start = skipSpaces(text, from);
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return start > from && end < text.length() && !Character.isLetter(text.charAt(end)) && text.charAt(end) != '.'
                && OPENERS.contains(text.substring(start, end));
    }

    private static boolean closesQuote(List<Quote> quotes, int i) {
        for (Quote q : quotes) {
            if (q.close() == i) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideQuote(List<Quote> quotes, int i) {
        for (Quote q : quotes) {
            if (q.contains(i)) {
                return true;
            }
        }
        return false;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
