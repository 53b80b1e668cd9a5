package io.newsflow.parser.statements;

import static io.newsflow.parser.statements.SentenceText.OPENERS;
import static io.newsflow.parser.statements.SentenceText.afterComma;
import static io.newsflow.parser.statements.SentenceText.boundaryBefore;
import static io.newsflow.parser.statements.SentenceText.inside;
import static io.newsflow.parser.statements.SentenceText.skipBack;
import static io.newsflow.parser.statements.SentenceText.skipCommas;
import static io.newsflow.parser.statements.SentenceText.skipSpaces;
import static io.newsflow.parser.statements.SentenceText.startsWithWord;

import io.newsflow.contracts.Speaker;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Claims reported by a participle of speech: "The US welcomed the exchange, saying B", "…, he said, adding that C",
 * "calling it a show and asserting that B", "with some analysts suggesting that B".
 */
final class ParticipleFrames {
    /** ", calling them …": a participle after a comma, which a second one may join with "and". */
    private static final Pattern PARTICIPLE_AFTER_COMMA = Pattern.compile(", \\p{L}+ing ");
    /** Participles that report speech without "that" after "and": "… and saying she tried to egg them on". */
    private static final java.util.Set<String> SAYING = java.util.Set.of("saying", "adding", "insisting", "arguing",
            "claiming", "stating");
    /** "with some analysts suggesting that": the most words of the participle's own subject. */
    private static final int MAX_ABSOLUTE_SUBJECT_WORDS = 4;

    private final CueLexicon lexicon;
    private final SpeakerResolver speakers;
    private final Subjects subjects;
    private final Clauses clauses;
    private final Claims claims;

    ParticipleFrames(CueLexicon lexicon, SpeakerResolver speakers, Subjects subjects, Clauses clauses, Claims claims) {
        this.lexicon = lexicon;
        this.speakers = speakers;
        this.subjects = subjects;
        this.clauses = clauses;
        this.claims = claims;
    }

    /**
     * "The US welcomed the exchange, saying the hostages had suffered": no speech verb, but a participle of
     * speech after a comma reports what the sentence's subject, a name that opens it, said.
     */
    void closingClause(String sentence, String lower, int offset, List<int[]> quotes, List<Found> found) {
        for (String participle : lexicon.participles.in(lower)) {
            int comma = afterComma(lower, participle, ' ', 0);
            int at = comma >= 0 ? comma : SentenceText.afterDash(lower, participle, ' ', 0);
            int joined = lower.indexOf(" and " + participle + (SAYING.contains(participle) ? " " : " that "));
            // "calling them a “pure propaganda show” and asserting that B", "accusing her of inciting them and saying
            // she tried to egg them on": a participle joined to one after a comma
            at = at >= 0 || joined < 0 || !PARTICIPLE_AFTER_COMMA.matcher(lower.substring(0, joined)).find() ? at : joined + 3;
            if (at < 0 || inside(quotes, at)) {
                continue;
            }
            int content = afterAdjunct(sentence, lower, at + 2 + participle.length() + 1);
            boolean complemented = false;
            for (String complementizer : lexicon.complementizers) {
                if (startsWithWord(lower, complementizer, content)) {
                    content += complementizer.length() + 1;
                    complemented = true;
                }
            }
            int comma2 = sentence.indexOf(',', Math.min(content, sentence.length()));
            int quoted = comma2 > content && clauses.leadsToQuote(sentence.substring(content, comma2))
                    ? SentenceText.skipCommas(sentence, comma2) : content;
            // ", emphasizing the critical role she played": a participle with only an object reports nothing; nor
            // does "saying only, “…”", whose quote is the statement
            if (OPENERS.indexOf(sentence.charAt(quoted < sentence.length() ? quoted : 0)) >= 0
                    || Words.of(sentence.substring(content)).size() < Attribution.MIN_SPLIT_WORDS
                    || !complemented && !clauses.hasAuxiliary(sentence.substring(content))
                    && !clauses.isClauseWithoutRelative(sentence.substring(content))) {
                return;
            }
            int clause = boundaryBefore(sentence, at, quotes) + 1;
            Speaker speaker = subjects.subjectOf(sentence, clause, at, offset);
            if (speaker == null && clause > 0) {
                speaker = subjects.subjectOf(sentence, 0, at, offset);
            }
            speaker = speaker == null ? subjects.pronounSubjectOf(sentence, 0, at, offset) : speaker;
            if (speaker != null) {
                claims.add(found, speaker, sentence, content, sentence.length(), participle);
                speakers.attributed(speaker, offset + at);
            }
            return;
        }
    }

    /**
     * "The shift has sparked concern, with some analysts suggesting that B": a participle with a subject of its own
     * after "with" reports what that subject said.
     */
    void absolute(String sentence, String lower, int offset, List<int[]> quotes, List<Found> found) {
        if (lexicon.absolutes.stream().noneMatch(word -> lower.contains(" " + word + " "))
                || lexicon.complementizers.stream().noneMatch(word -> lower.contains(" " + word + " "))) {
            // most sentences have neither, and every participle need not be looked for
            return;
        }
        for (String participle : lexicon.participles.in(lower)) {
            for (String complementizer : lexicon.complementizers) {
                int at = lower.indexOf(" " + participle + " " + complementizer + " ");
                int with = at < 0 ? -1 : lastWordBefore(lower, lexicon.absolutes, at);
                if (with < 0 || inside(quotes, at) || sentence.substring(with, at).contains(",")
                        || Words.of(sentence.substring(with, at)).size() > MAX_ABSOLUTE_SUBJECT_WORDS) {
                    continue;
                }
                Speaker speaker = speakers.resolve(sentence.substring(with, at), offset + with);
                int content = at + participle.length() + complementizer.length() + 3;
                if (speaker != null && Words.of(sentence.substring(content)).size() >= Attribution.MIN_SPLIT_WORDS) {
                    claims.add(found, speaker, sentence, content, sentence.length(), participle);
                    return;
                }
            }
        }
    }

    /** Where the words after the last of these words before {@code at} start, or -1. */
    private static int lastWordBefore(String lower, Set<String> words, int at) {
        int best = -1;
        for (String word : words) {
            int i = lower.lastIndexOf(" " + word + " ", at);
            best = Math.max(best, i < 0 ? -1 : i + word.length() + 2);
        }
        return best;
    }

    /** "Stressing that A, X said B": A, with the speaker of B. */
    /** "B, he said, adding that C": C is the same speaker's. */
    void trailing(String sentence, String lower, Cue verb, Speaker speaker, List<Found> found) {
        int at = skipCommas(sentence, skipSpaces(sentence, verb.end()));
        if (at <= verb.end() || sentence.charAt(skipBack(sentence, at)) != ',') {
            return;
        }
        for (String participle : lexicon.participles.in(lower)) {
            if (!startsWithWord(lower, participle, at)) {
                continue;
            }
            int content = skipSpaces(sentence, at + participle.length());
            for (String complementizer : lexicon.complementizers) {
                if (startsWithWord(lower, complementizer, content)) {
                    claims.add(found, speaker, sentence, content + complementizer.length(), sentence.length(), participle);
                    return;
                }
            }
            return;
        }
    }

    /**
     * "saying in a statement that B": where the complementizer after a short adjunct stands, so that the content
     * starts there; {@code at} itself when no adjunct and complementizer follow.
     */
    int afterAdjunct(String sentence, String lower, int at) {
        List<Words.Word> words = Words.of(sentence.substring(Math.min(at, sentence.length())));
        if (words.size() > 1 && lexicon.complementizers.contains(words.get(1).lower())
                && (words.get(0).lower().endsWith("ly") || lexicon.notNames.contains(words.get(0).lower()))) {
            // "insisting instead that B", "saying repeatedly that B": an adverb, then the content
            return at + words.get(1).start();
        }
        if (words.isEmpty() || !lexicon.adjuncts.contains(words.get(0).lower())) {
            return at;
        }
        for (int w = 1; w < words.size() && w <= Clauses.MAX_ADJUNCT_WORDS; w++) {
            if (lexicon.complementizers.contains(words.get(w).lower())) {
                return at + words.get(w).start();
            }
        }
        return at;
    }
}
