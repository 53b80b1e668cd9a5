package io.newsflow.parser.statements;

import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import java.util.List;
import java.util.regex.Pattern;

/** A reported claim's extent in its sentence: without the punctuation around it or an aside the writer adds. */
final class Claims {
    /** Dashes set off by spaces: " - but …" opens an aside, "hand-written" is one word. */
    private static final List<String> DASHES = List.of(" - ", " – ", " — ");
    /** "Prices rose", "сотрудничество расширяется": a claim needs a subject and a verb at least. */
    private static final int MIN_CONTENT_WORDS = 2;
    private static final Pattern LINK = Pattern.compile("(https?://|pic\\.twitter\\.com/)\\S+");

    private final CueLexicon lexicon;

    Claims(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Adds the claim at {@code [start, end)} of the sentence, trimmed of punctuation and the writer's aside. */
    void add(List<Found> found, Speaker speaker, String sentence, int start, int end, String cue) {
        int s = start;
        int e = withoutTrailingLinks(sentence, start, asideAfterDash(sentence, start, Math.min(end, sentence.length())));
        while (s < e && (Character.isWhitespace(sentence.charAt(s)) || ",;:—–-".indexOf(sentence.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(sentence.charAt(e - 1)) || ".,;:!?—–-".indexOf(sentence.charAt(e - 1)) >= 0
                || sentence.charAt(e - 1) == ')' && sentence.lastIndexOf('(', e - 1) < s)) {
            // (and "(Alibaba says it has no plans …)": the bracket the claim's sentence opened before it)
            e--;
        }
        if (e < sentence.length() && sentence.charAt(e) == '.' && Sentences.isAbbreviation(sentence, e)) {
            // "turns back to the U.K.": the full stop belongs to the abbreviation
            e++;
        }
        if (Words.of(sentence.substring(s, e)).size() >= MIN_CONTENT_WORDS) {
            found.add(new Found(speaker, s, e, Statement.INDIRECT, cue));
        }
    }

    /** "… circling Manhattan. https://t.co/MHL4wktbCH": a post's trailing links are no part of what it says. */
    private static int withoutTrailingLinks(String sentence, int start, int end) {
        int e = end;
        while (e > start) {
            int space = sentence.lastIndexOf(' ', e - 1);
            String last = sentence.substring(Math.max(space + 1, start), e).strip();
            if (!LINK.matcher(last).matches()) {
                return e;
            }
            e = Math.max(space, start);
        }
        return e;
    }

    /**
     * "he wants to run Venezuela “through oil” - but what does that mean in practical terms?": where the writer's own
     * aside begins after a dash and a conjunction, or {@code end} (a dash that closes again is a parenthesis).
     */
    private int asideAfterDash(String sentence, int start, int end) {
        for (String dash : DASHES) {
            int at = sentence.indexOf(dash, start);
            if (at < 0 || at + dash.length() > end || sentence.indexOf(dash, at + dash.length()) >= 0) {
                continue;
            }
            List<Words.Word> next = Words.of(sentence.substring(at + dash.length(), end));
            if (!next.isEmpty() && lexicon.conjunctions.contains(next.get(0).lower())) {
                return at;
            }
        }
        return end;
    }
}
