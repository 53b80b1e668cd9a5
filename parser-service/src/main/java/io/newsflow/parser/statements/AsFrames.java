package io.newsflow.parser.statements;

import static io.newsflow.parser.statements.SentenceText.clauseEnd;
import static io.newsflow.parser.statements.SentenceText.isWordStart;
import static io.newsflow.parser.statements.SentenceText.onlyPunctuation;

import io.newsflow.contracts.Speaker;
import java.util.List;
import java.util.Set;

/**
 * Attribution framed by "as": "As iFixit points out in its teardown, B", "HP, as Gizmodo explained, is B",
 * "B, as one neo-bank CEO told me". The "as" opens the sentence or follows a comma, so that "such as" and "as well
 * as" frame nothing; the claim is the clause beside the frame, the longer one when it stands inside a sentence.
 */
final class AsFrames {
    /**
     * A source named between "as" and its verb is short: "as the Times reported", "as one neo-bank CEO told", "as
     * Parliament’s Joint Committee on Intelligence and Security has pointed out".
     */
    private static final int MAX_SUBJECT_WORDS = 8;
    private static final String AS = "as ";
    /** "As iFixit points out in its teardown, B": what may stand between the verb and the comma. */
    private static final int MAX_ADJUNCT_WORDS = Clauses.MAX_ADJUNCT_WORDS;

    /** A claim framed by "as", with offsets into its sentence. */
    record Framed(Speaker speaker, int start, int end) {
    }

    private final SpeakerResolver speakers;
    private final Set<String> complementizers;

    AsFrames(SpeakerResolver speakers, Set<String> complementizers) {
        this.speakers = speakers;
        this.complementizers = complementizers;
    }

    /**
     * The claim an "as" frame around this cue attributes, or null when the cue stands in no such frame.
     *
     * @param lower the sentence in lower case
     * @param offset where the sentence starts in the article text
     */
    Framed around(String sentence, String lower, Cue verb, int offset) {
        int as = opening(lower, verb.start());
        if (as < 0) {
            return null;
        }
        int subjectStart = as + AS.length();
        String subject = sentence.substring(subjectStart, verb.start());
        List<Words.Word> words = Words.of(subject);
        if (words.isEmpty() || words.size() > MAX_SUBJECT_WORDS) {
            return null;
        }
        Speaker speaker = speakers.orUnnamed(speakers.resolve(subject, offset + subjectStart), subject);
        if (speaker == null) {
            return null;
        }
        int close = clauseEnd(sentence, verb.end());
        List<Words.Word> between = Words.of(sentence.substring(verb.end(), close));
        if (between.size() > MAX_ADJUNCT_WORDS || between.stream().anyMatch(w -> complementizers.contains(w.lower()))) {
            // "…, as NASA’s scientists have confirmed that they detected water": the verb has content of its own
            return null;
        }
        boolean before = !onlyPunctuation(sentence, 0, as);
        boolean after = close < sentence.length() && sentence.charAt(close) == ','
                && !onlyPunctuation(sentence, close, sentence.length());
        if (after && (!before || sentence.length() - close > as)) {
            return new Framed(speaker, close + 1, sentence.length());
        }
        return before ? new Framed(speaker, 0, as) : null;
    }

    /** Where the "as" of a frame ending at the cue starts: at the sentence's start or after a comma; -1 if none. */
    private static int opening(String lower, int cueStart) {
        int at = lower.lastIndexOf(AS, cueStart);
        while (at > 0 && !isWordStart(lower, at)) {
            at = lower.lastIndexOf(AS, at - 1);
        }
        if (at < 0 || lower.substring(at, cueStart).indexOf(',') >= 0) {
            return -1;
        }
        int previous = at - 1;
        while (previous >= 0 && Character.isWhitespace(lower.charAt(previous))) {
            previous--;
        }
        return previous < 0 || lower.charAt(previous) == ',' ? at : -1;
    }
}
