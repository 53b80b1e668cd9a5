package io.newsflow.parser.statements;

import static io.newsflow.parser.statements.SentenceText.boundaryBefore;

import io.newsflow.contracts.Speaker;
import java.util.List;

/** Who a speech verb's subject is: the words before it, past appositives and relative clauses. */
final class Subjects {
    static final int NO_HEAD = -2;
    /** "Senior author Dr. Silvia S. Martins": the most words of a name before an appositive. */
    private static final int MAX_NAME_CHUNK_WORDS = 6;
    /** "The Russian space agency": the most words between a capitalised qualifier and its role. */
    private static final int MAX_QUALIFIED_WORDS = 2;
    /** "In a reflection of the confusion,": the most words of a phrase before the subject. */
    private static final int MAX_INTRODUCTION_WORDS = 8;
    /** "and other aid organisations": the most words up to the plural that names the others. */
    private static final int MAX_GROUP_WORDS = 5;

    private final CueLexicon lexicon;
    private final SpeakerResolver speakers;

    Subjects(CueLexicon lexicon, SpeakerResolver speakers) {
        this.lexicon = lexicon;
        this.speakers = speakers;
    }

    /**
     * Where in the sentence a subject found by {@link #subject} starts, for resolving its pronoun by what comes
     * before it: "The Clinton campaign canceled … after he admitted" is about the "he" after "after", not the
     * sentence's start.
     */
    static int start(String sentence, String subject, int boundary, int cueStart) {
        int at = sentence.lastIndexOf(subject, cueStart);
        return at >= 0 ? at : boundary + 1;
    }

    /**
     * The subject before a cue; past a relative clause ("Council member David Kim, who voted against the plan,
     * warned …") it is the clause's antecedent.
     */
    String subject(String sentence, int boundary, int cueStart, List<int[]> quotes) {
        String subject = sentence.substring(boundary + 1, cueStart);
        List<Words.Word> words = Words.of(subject);
        // (but "Gosling, who graces the magazine's January cover, says B": a relative clause set off by commas only
        // describes the subject before it)
        boolean inserted = subject.stripTrailing().endsWith(",");
        if (boundary > 0 && words.size() > 1 && lexicon.relatives.contains(words.get(0).lower()) && !inserted
                && !lexicon.notNames.contains(words.get(1).lower()) && !lexicon.adjuncts.contains(words.get(1).lower())) {
            // "the attacks, which Israeli figures say killed 1,200": the relative clause has a subject of its own
            return subject.substring(words.get(1).start());
        }
        if (boundary > 0 && !words.isEmpty() && lexicon.relatives.contains(words.get(0).lower())) {
            int before = boundaryBefore(sentence, boundary, quotes);
            return sentence.substring(before + 1, boundary);
        }
        int last = words.size() - 1;
        String head = last >= 1 ? words.get(last - 1).lower() : "";
        if (last >= 1 && (lexicon.relatives.contains(words.get(last).lower()) || lexicon.complementizers.contains(words.get(last).lower()))
                && (lexicon.isRole(head) || head.endsWith("s") && lexicon.isRole(head.substring(0, head.length() - 1)))) {
            // "criticize Nigerian newspapers that claimed B": the relative clause's antecedent speaks
            int from = last - 1;
            while (from > 0 && (words.get(from - 1).capitalized() || lexicon.articles.contains(words.get(from - 1).lower()))) {
                from--;
            }
            return subject.substring(words.get(from).start(), words.get(last - 1).end());
        }
        for (int w = 1; w < words.size() - 1; w++) {
            if (lexicon.perfects.contains(words.get(w).lower()) && words.get(w - 1).capitalized() && !lexicon.notNames.contains(words.get(w - 1).lower())
                    && words.size() - w <= MAX_INTRODUCTION_WORDS
                    && words.subList(w + 1, words.size()).stream().noneMatch(x -> x.capitalized()
                            || lexicon.negations.contains(x.lower()))) {
                // "General Asim Munir has over the past few months repeatedly warned": the name, then when and how
                return subject.substring(0, words.get(w).start());
            }
        }
        for (int w = words.size() - 2; w >= 1; w--) {
            if (lexicon.subordinators.contains(words.get(w).lower())) {
                // "This comes a week after Bloomberg reported …": the verb's subject follows the subordinator
                return subject.substring(words.get(w + 1).start());
            }
            if (lexicon.conjunctions.contains(words.get(w).lower()) && lexicon.articles.contains(words.get(w + 1).lower())
                    && words.subList(0, w).stream().anyMatch(x -> lexicon.auxiliaries.contains(x.lower()))) {
                // "He was airlifted to a hospital and a hospital spokesman said …": a clause, then the verb's subject
                return subject.substring(words.get(w + 1).start());
            }
        }
        return subject;
    }

    /** Whether the clause before this comma ends in a place: "in Cambridge", "from Dunedin". */
    private boolean endsInPlace(String sentence, int comma, List<int[]> quotes) {
        if (comma <= 0) {
            return false;
        }
        List<Words.Word> words = Words.of(sentence.substring(boundaryBefore(sentence, comma, quotes) + 1, comma));
        int last = words.size() - 1;
        return last >= 2 && words.get(last).capitalized() && lexicon.places.contains(words.get(last - 1).lower());
    }

    /**
     * "Matt Maley, equity strategist at Miller Tabak, said", "Jeff Sanborn, president of X, a Spokane agency,
     * said": when the subject is an appositive (it opens in lower case or holds a role word), the boundary before
     * the name it describes, up to two appositives back; {@link #NO_HEAD} when there is none.
     */
    int appositiveHead(String sentence, int boundary, String subject, List<int[]> quotes) {
        List<Words.Word> words = Words.of(subject);
        if (boundary < 0 || sentence.charAt(boundary) != ',' || words.isEmpty()
                || words.get(0).capitalized() && words.stream().noneMatch(w -> lexicon.roles.contains(w.lower()))
                        && !endsInPlace(sentence, boundary, quotes) && !SpeakerPhrases.isPartyAndState(subject)
                || lexicon.subordinators.contains(words.get(0).lower())
                || lexicon.conjunctions.contains(words.get(0).lower()) && words.stream().anyMatch(Words.Word::capitalized)
                || words.size() == 1 && (lexicon.pronouns.contains(words.get(0).lower())
                        || lexicon.subjectPronouns.contains(words.get(0).lower()))) {
            // ", when authorities announced": a subordinate clause with a subject of its own, no appositive (but
            // ", D-Indianapolis," is one: the party and state); nor
            // "Wearing the glittering Imperial Crown, he read": a pronoun has no appositive before it; nor
            // ", and his wife Fran says", which names its own subject (but ", and co-author of the study, said"
            // goes on describing)
            return NO_HEAD;
        }
        int end = boundary;
        for (int hops = 0; hops < 2 && end > 0 && sentence.charAt(end) == ','; hops++) {
            int before = boundaryBefore(sentence, end, quotes);
            List<Words.Word> chunk = Words.of(sentence.substring(before + 1, end));
            if (!chunk.isEmpty() && chunk.size() <= MAX_NAME_CHUNK_WORDS && chunk.get(0).capitalized()
                    && chunk.get(chunk.size() - 1).capitalized() && endsInPlace(sentence, before, quotes)) {
                // "…, an ecologist from the Antarctic Survey in Cambridge, United Kingdom, told": the rest of a
                // place, not the name described
                hops--;
                end = before;
                continue;
            }
            if (!chunk.isEmpty() && lexicon.dates.contains(chunk.get(chunk.size() - 1).lower())) {
                // "Last August, an investigation found": when it happened, not whom the subject describes
                return NO_HEAD;
            }
            boolean participial = lexicon.gerunds && !chunk.isEmpty() && chunk.get(0).lower().endsWith("ing")
                    && chunk.get(0).lower().length() > 4;
            if (chunk.stream().limit(2).anyMatch(w -> lexicon.subordinators.contains(w.lower()))) {
                // "Soon after he met Petraeus, Trump sources said": a clause that says when, no name described
                return NO_HEAD;
            }
            if (!chunk.isEmpty() && chunk.size() <= MAX_NAME_CHUNK_WORDS && chunk.get(0).capitalized()
                    && chunk.get(chunk.size() - 1).capitalized() && !participial) {
                // (but "Wearing the glittering Imperial Crown," is what someone did, no name)
                return before;
            }
            if (chunk.stream().anyMatch(w -> lexicon.auxiliaries.contains(w.lower()))) {
                // "Robert Mugabe, his wife Grace and two figures are under house arrest, a source said": a clause
                // stands between, so no appositive describes a name before it
                return NO_HEAD;
            }
            end = before;
        }
        return NO_HEAD;
    }

    /**
     * The named subject opening {@code sentence[opening, to)}, past a dateline: its words up to the first lower-case
     * word that is not part of a title ("Wild coach Bruce Boudreau" of "Wild coach Bruce Boudreau expressed
     * confidence …").
     */
    Speaker subjectOf(String sentence, int opening, int to, int offset) {
        // "WASHINGTON – Two officers were charged …, stating …": the dateline is no subject
        int from = afterIntroduction(sentence, Math.min(SentenceText.afterDateline(sentence, opening), to), to);
        List<Words.Word> words = Words.of(sentence.substring(from, to));
        int opener = 0;
        while (opener < words.size() - 1 && (lexicon.subordinators.contains(words.get(opener).lower())
                || lexicon.conjunctions.contains(words.get(opener).lower()))) {
            // "As Opposition Leader Bill Shorten said …:", "But the agency said": the subject follows
            opener++;
        }
        int start = opener < words.size() && lexicon.articles.contains(words.get(opener).lower()) ? opener + 1 : opener;
        int end = start;
        while (end < words.size() && (words.get(end).capitalized() || lexicon.isTitleWord(words.get(end).lower()))
                && !lexicon.notNames.contains(words.get(end).lower())) {
            end++;
        }
        if (end == start) {
            return null;
        }
        if (end + 1 < words.size() && words.get(end).lower().equals("and")
                && lexicon.others.contains(words.get(end + 1).lower())) {
            // "The UN and other aid organisations have condemned the decision, saying B": a group, named by no one
            int plural = end + 1;
            while (plural + 1 < words.size() && plural < end + MAX_GROUP_WORDS && !words.get(plural).lower().endsWith("s")) {
                plural++;
            }
            return new Speaker(null, sentence.substring(from + words.get(start).start(), from + words.get(plural).end()), null);
        }
        end = roleAfter(words, end);
        int first = from + words.get(opener).start();
        Speaker speaker = speakers.resolve(sentence.substring(first, from + words.get(end - 1).end()), offset + first);
        return speaker != null && speaker.name() != null ? speaker : null;
    }

    /**
     * The person a pronoun subject stands for, after the clause's opening phrase: "On Tuesday, he unleashed a new
     * controversy on Twitter, saying B"; null when the clause does not open with a pronoun.
     */
    Speaker pronounSubjectOf(String sentence, int opening, int to, int offset) {
        int from = afterIntroduction(sentence, opening, to);
        List<Words.Word> words = Words.of(sentence.substring(from, to));
        if (words.isEmpty() || !lexicon.pronouns.contains(words.get(0).lower())) {
            return null;
        }
        Speaker speaker = speakers.resolve(words.get(0).text(), offset + from + words.get(0).start());
        return speaker != null && speaker.name() != null ? speaker : null;
    }

    /**
     * "In a reflection of the confusion, the Electoral Commission …": after a short phrase that opens with a
     * preposition and ends in a comma, where the subject starts; {@code from} when there is none.
     */
    private int afterIntroduction(String sentence, int from, int to) {
        List<Words.Word> words = Words.of(sentence.substring(from, to));
        int comma = sentence.indexOf(", ", from);
        if (words.isEmpty() || !lexicon.prepositions.contains(words.get(0).lower()) || comma < 0 || comma >= to
                || Words.of(sentence.substring(from, comma)).size() > MAX_INTRODUCTION_WORDS) {
            return from;
        }
        return comma + 2;
    }

    /**
     * "The Russian space agency": a capitalised run that only qualifies the role a few words after it; the end of
     * that role, or {@code end} when none follows.
     */
    private int roleAfter(List<Words.Word> words, int end) {
        for (int i = end; i < words.size() && i < end + MAX_QUALIFIED_WORDS; i++) {
            String lower = words.get(i).lower();
            if (lexicon.isRole(lower)) {
                return i + 1;
            }
            if (words.get(i).capitalized() || lexicon.auxiliaries.contains(lower)) {
                return end;
            }
        }
        return end;
    }
}
