package io.newsflow.parser.statements;

import static io.newsflow.parser.statements.SentenceText.OPENERS;
import static io.newsflow.parser.statements.SentenceText.boundaryBefore;
import static io.newsflow.parser.statements.SentenceText.clauseEnd;
import static io.newsflow.parser.statements.SentenceText.onlyPunctuation;
import static io.newsflow.parser.statements.SentenceText.opensWithParticiple;
import static io.newsflow.parser.statements.SentenceText.skipCommas;
import static io.newsflow.parser.statements.SentenceText.skipSpaces;

import io.newsflow.contracts.Speaker;
import java.util.List;

/**
 * Attribution by "according to": "According to X, B", "B, according to X", "He had, according to X, killed …",
 * "According to The New York Times the talks failed" and "B according to critics" without a comma.
 */
final class AccordingFrames {
    /** "According to The New York Times the talks …": a name without a comma after it is this short. */
    private static final int MAX_UNSET_NAME_WORDS = 4;

    /** "deputy director of the National Center for Disaster Preparedness at the Earth Institute of Columbia University" */
    private static final int MAX_APPOSITIVE_WORDS = 16;
    /** "According to his aunt, Jane Starner,": a name set off after the description is a few words. */
    private static final int MAX_NAME_WORDS = 4;

    private final CueLexicon lexicon;
    private final SpeakerResolver speakers;
    private final Claims claims;

    AccordingFrames(CueLexicon lexicon, SpeakerResolver speakers, Claims claims) {
        this.lexicon = lexicon;
        this.speakers = speakers;
        this.claims = claims;
    }

    /** Adds the claim this "according to" attributes in the sentence, if any. */
    void add(String sentence, int offset, Cue according, List<Found> found) {
        int clause = boundaryBefore(sentence, according.start(), List.of()) + 1;
        List<Words.Word> opening = Words.of(sentence.substring(clause, according.start()));
        // "…—and according to Fran Finney, B": a clause of its own opens with the source
        boolean opens = sentence.substring(0, according.start()).isBlank()
                || (clause == 0 || sentence.charAt(clause - 1) != ',') && opening.size() == 1
                && lexicon.conjunctions.contains(opening.get(0).lower());
        int comma = sentence.indexOf(',', according.end());
        int unset = opens && comma < 0 ? afterNameRun(sentence, according.end()) : -1;
        if (unset > 0) {
            // "According to Tessa the best time to book is …": no comma, so the source is the name, the claim what
            // follows it
            String source = owner(sentence.substring(according.end(), unset));
            Speaker speaker = speakers.resolve(source, offset + according.end());
            if (speaker != null && speaker.name() != null) {
                claims.add(found, speaker, sentence, unset, sentence.length(), according.word());
            }
        } else if (opens && comma > 0) {
            // "According to his aunt, Jane Starner, “…”": the name after the description is the source
            boolean described = Words.of(sentence.substring(according.end(), comma)).stream().anyMatch(w -> !w.capitalized()
                    && (lexicon.isRole(w.lower()) || lexicon.generic.contains(w.lower()) || lexicon.sourceNouns.contains(w.lower())));
            comma = described ? namedAppositiveEnd(sentence, comma) : comma;
            String source = owner(sentence.substring(according.end(), comma));
            Speaker speaker = speakers.orUnnamed(speakers.resolve(source, offset + according.end()), source);
            // (and a quote that follows is attributed as a quote, not again as a claim)
            int claim = skipSpaces(sentence, comma + 1);
            if (speaker != null && (claim >= sentence.length() || OPENERS.indexOf(sentence.charAt(claim)) < 0)) {
                claims.add(found, speaker, sentence, comma + 1, sentence.length(), according.word());
            }
        } else if (!opens && unsetSource(sentence, offset, according) != null) {
            // "B was a “kick in the teeth” according to critics, but …"
            claims.add(found, unsetSource(sentence, offset, according), sentence, 0, according.start(), according.word());
        } else if (!opens && sentence.lastIndexOf(',', according.start()) >= 0) {
            int before = sentence.lastIndexOf(',', according.start());
            boolean trailing = sentence.substring(before + 1, according.start()).isBlank();
            String source = trailing ? owner(sentence.substring(according.end(), clauseEnd(sentence, according.end())))
                    : sentence.substring(0, according.start());
            Speaker speaker = speakers.orUnnamed(
                    speakers.resolve(source, trailing ? offset + according.end() : offset), trailing ? source : "");
            int after = afterAppositive(sentence, clauseEnd(sentence, according.end()));
            boolean inserted = trailing && after < sentence.length()
                    && !onlyPunctuation(sentence, after, sentence.length());
            if (speaker != null && trailing && quotedWithSpeaker(sentence, before)) {
                // "“…,” Anthony Scaramucci said on the BBC, according to the New York Times": where the quote was
                // reported, not a claim of the newspaper's own
                speaker = null;
            }
            if (speaker != null) {
                // "He had, according to X, killed …": the claim is the clause around the inserted phrase, and
                // its longer side carries it
                // — but "…, according to Project Jonah, with 140 pilot whales beaching …" only goes on with details
                List<Words.Word> rest = Words.of(sentence.substring(after));
                // — nor "…, according to the U.S. census, and Chinese people … make up the largest group", a clause
                // of the writer's own
                boolean details = !rest.isEmpty() && (lexicon.prepositions.contains(rest.get(0).lower())
                        || lexicon.conjunctions.contains(rest.get(0).lower()));
                int[] span = inserted && !details && sentence.length() - after > before && !opensWithParticiple(sentence, after)
                        ? new int[] {skipCommas(sentence, after), sentence.length()}
                        : trailing ? new int[] {afterLeadIn(sentence, before), before}
                        : new int[] {comma < 0 ? according.end() : comma + 1, sentence.length()};
                claims.add(found, speaker, sentence, span[0], span[1], according.word());
            }
        }
        found.forEach(f -> speakers.attributed(f.speaker(), offset + f.start()));
    }

    /**
     * "according to Google's recent parsing of food-focused searches": the owner of what is cited, when a name in the
     * possessive opens the source and common words follow it (not "NASA's Jim Bridenstine"); else the source.
     */
    private String owner(String source) {
        List<Words.Word> words = Words.of(source);
        for (int i = 1; i < words.size(); i++) {
            // (in lower case: "according to the WHO" names the World Health Organization)
            boolean lowerCase = words.get(i).text().equals(words.get(i).lower());
            if (lowerCase && (lexicon.relatives.contains(words.get(i).lower()) || words.get(i).lower().equals("that"))) {
                // "according to the hotel bosses that responded to an online thread": the source, not what it did
                return owner(source.substring(0, words.get(i).start()).stripTrailing());
            }
        }
        for (int i = 0; i + 1 < words.size() && words.get(i).capitalized(); i++) {
            String owner = NameReader.possessiveless(words.get(i).text());
            if (owner.length() < words.get(i).text().length()) {
                return words.get(i + 1).capitalized() ? source
                        : source.substring(words.get(0).start(), words.get(i).start()) + owner;
            }
        }
        return source;
    }

    /**
     * "The results, according to Jeff Schlegelmilch, deputy director of the National Center …, were mixed": past
     * the appositive that describes the source, a lower-case phrase with a role and no verb up to the next comma.
     */
    private int afterAppositive(String sentence, int comma) {
        int next = comma < sentence.length() ? sentence.indexOf(',', comma + 1) : -1;
        if (next < 0 || sentence.charAt(comma) != ',') {
            return comma;
        }
        List<Words.Word> words = Words.of(sentence.substring(comma + 1, next));
        boolean appositive = !words.isEmpty() && !words.get(0).capitalized() && words.size() <= MAX_APPOSITIVE_WORDS
                && !lexicon.prepositions.contains(words.get(0).lower()) && !lexicon.conjunctions.contains(words.get(0).lower())
                && words.stream().anyMatch(w -> lexicon.isRole(w.lower()) || lexicon.isTitleWord(w.lower()))
                && words.stream().noneMatch(w -> lexicon.auxiliaries.contains(w.lower()));
        return appositive ? next : comma;
    }

    /** The comma that closes a name set off after the source's description; {@code comma} when none follows. */
    private static int namedAppositiveEnd(String sentence, int comma) {
        int next = sentence.indexOf(',', comma + 1);
        List<Words.Word> words = next < 0 ? List.of() : Words.of(sentence.substring(comma + 1, next));
        boolean name = !words.isEmpty() && words.size() <= MAX_NAME_WORDS && words.stream().allMatch(Words.Word::capitalized);
        return name ? next : comma;
    }

    /** Whether the text before {@code end} holds a quote and, after it, a speech verb: a quote with its speaker. */
    private boolean quotedWithSpeaker(String sentence, int end) {
        int close = -1;
        for (int i = end - 1; i >= 0 && close < 0; i--) {
            if ("”\"»".indexOf(sentence.charAt(i)) >= 0) {
                close = i;
            }
        }
        if (close < 0) {
            return false;
        }
        String after = sentence.substring(close + 1, end);
        return Cue.first(after, after.toLowerCase(java.util.Locale.ROOT), lexicon.verbs, List.of(), 0) != null;
    }

    /**
     * "In truth, gas prices have been falling for months: As of Monday, B, according to X": where the claim starts,
     * after the writer's lead-in and its colon; 0 when there is none.
     */
    private static int afterLeadIn(String sentence, int end) {
        int colon = sentence.lastIndexOf(": ", end);
        return colon > 0 && colon + 2 < end && Character.isUpperCase(sentence.charAt(colon + 2)) ? colon + 2 : 0;
    }

    /** Where the lower-case words after a run of a few capitalised ones start, or -1: "Tessa| the best time". */
    private static int afterNameRun(String sentence, int from) {
        List<Words.Word> words = Words.of(sentence.substring(from));
        int run = 0;
        while (run < words.size() && words.get(run).capitalized()) {
            run++;
        }
        return run == 0 || run > MAX_UNSET_NAME_WORDS || run == words.size() ? -1 : from + words.get(run).start();
    }

    /**
     * The source of an "according to" no comma sets off from the claim before it ("…, leaving them in “tears”
     * according to a royal correspondent"): only a phrase headed by a name or a speaker makes one, not "according
     * to plan"; null otherwise.
     */
    private Speaker unsetSource(String sentence, int offset, Cue according) {
        int comma = sentence.lastIndexOf(',', according.start());
        if (comma >= 0 && sentence.substring(comma + 1, according.start()).isBlank()) {
            return null;
        }
        String source = sentence.substring(according.end(), clauseEnd(sentence, according.end()));
        for (Words.Word word : Words.of(source)) {
            if (lexicon.relatives.contains(word.lower())) {
                // "a royal correspondent who joined Meghan on their tour": the relative clause only describes
                source = source.substring(0, word.start());
                break;
            }
        }
        if (!headsASource(source)) {
            return null;
        }
        Speaker speaker = speakers.orUnnamed(speakers.resolve(source, offset + according.end()), source);
        // "-- according to the alleged wife": someone the article does not name (yet)
        return speaker == null && !source.isBlank() ? new Speaker(null, source.strip(), null) : speaker;
    }

    /**
     * Whether the head of a noun phrase, its last word before a preposition, is a name or a speaker: "a recent poll
     * by X", "critics", "Dr. Smith" — not "the rules set by the company".
     */
    private boolean headsASource(String phrase) {
        List<Words.Word> words = Words.of(phrase);
        Words.Word head = null;
        for (Words.Word word : words) {
            if (head != null && (lexicon.prepositions.contains(word.lower()) || lexicon.relatives.contains(word.lower()))) {
                break;
            }
            head = word;
        }
        return head != null && (head.capitalized() || lexicon.isRole(head.lower())
                || lexicon.sourceNouns.contains(head.lower()) || lexicon.generic.contains(head.lower()));
    }
}
