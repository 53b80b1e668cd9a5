package io.newsflow.parser.statements;

import static io.newsflow.parser.statements.SentenceText.isWordStart;
import static io.newsflow.parser.statements.SentenceText.startsWithWord;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a stretch of a sentence is a clause, and the shapes around a speech verb that change what it says:
 * passive ("they were told"), refused ("declined to say"), an order ("told them to go"), an adjunct after it.
 */
final class Clauses {
    /** A clause's verb stands within its first words: "the combined company would cut …". */
    private static final int MAX_CLAUSE_VERB_POSITION = 8;
    /** "the government’s new strategy to reduce overseas travel expenses was …": an auxiliary may stand later. */
    private static final int MAX_AUXILIARY_POSITION = 12;
    /** "told reporters at a news conference": the words of whom something was told. */
    static final int MAX_OBJECT_WORDS = 6;
    /** "told the Indianapolis Star the night of Trump’s tweet that": whom, and when, up to the "that" it was told. */
    static final int MAX_OBJECT_WORDS_BEFORE_THAT = 9;
    /** "hasn’t yet said", "did not publicly say": an adverb between a negation and its verb. */
    private static final Pattern NEGATED_ADVERB = Pattern.compile(
            " (yet|publicly|immediately|officially|explicitly|directly|specifically)$");
    /** "won't", "can't", "shan't": negated auxiliaries whose stem is no auxiliary of its own. */
    private static final Set<String> NEGATED_STEMS = Set.of("wo", "ca", "sha");
    /** "…, the bank said in its quarterly report": an adjunct after a verb is this short. */
    static final int MAX_ADJUNCT_WORDS = 12;
    /** "profits that exceeded": after a noun, "that" opens a relative clause. */
    private static final String RELATIVE_THAT = "that";
    /** "told WeWork executives to …": the few words of whom an order was given to. */
    private static final int MAX_DIRECTIVE_OBJECT_WORDS = 3;
    /** How far before a speech verb a passive auxiliary or a refusal is looked for. */
    private static final int PASSIVE_WINDOW = 24;

    /** "the FBI held": a subject this short before the past tense of {@link #hasActivePast}. */
    private static final int MAX_SUBJECT_WORDS_BEFORE_PAST = 5;
    /** "both admitted it in person": the pronoun that is an object as often as a subject. */
    private static final String IT = "it";
    /** "plans to": the one preposition a verb in -s is often followed by. */
    private static final String INFINITIVE = "to";
    private final CueLexicon lexicon;

    Clauses(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether a would-be subject holds a complementizer or a participle of speech, so is a clause. */
    boolean holdsClause(String text) {
        for (Words.Word w : Words.of(text)) {
            if (lexicon.complementizers.contains(w.lower()) || lexicon.participles.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the aid would reach farmers", "it still considers": an auxiliary, a past tense after the first word, or a
     * subject pronoun opening it makes a clause; an object pronoun opening it does not.
     */
    boolean isClause(String text) {
        return isClause(text, true);
    }

    /**
     * "the Army chief harboured a grudge" is a clause, "the critical role she played" a noun its relative clause
     * describes: a clause whose verb no subject pronoun inside it precedes.
     */
    boolean isClauseWithoutRelative(String text) {
        List<Words.Word> words = Words.of(text);
        for (int i = 1; i < words.size() && i < MAX_CLAUSE_VERB_POSITION; i++) {
            if (lexicon.subjectPronouns.contains(words.get(i).lower())) {
                return false;
            }
        }
        return isClause(text, true);
    }

    /** Like {@link #isClause(String)}, but only an auxiliary or a subject pronoun counts: no past tense. */
    boolean hasAuxiliary(String text) {
        return isClause(text, false);
    }

    /**
     * "the FBI held a briefing with them", "both admitted it": a past tense after a short subject with an object right
     * after it is the clause's verb; a participle after a noun ("the funds allocated to schools", "the increased
     * demand") has none.
     */
    boolean hasActivePast(String text) {
        List<Words.Word> words = Words.of(text);
        for (int i = 1; i + 1 < words.size() && i < MAX_SUBJECT_WORDS_BEFORE_PAST; i++) {
            String w = words.get(i).lower();
            if (lexicon.prepositions.contains(w) || lexicon.conjunctions.contains(w) || lexicon.relatives.contains(w)
                    || text.substring(words.get(i - 1).end(), words.get(i).start()).indexOf(',') >= 0) {
                return false;
            }
            String next = words.get(i + 1).lower();
            if (isPastTense(w) && !words.get(i).capitalized() && (lexicon.articles.contains(next)
                    || lexicon.possessives.contains(next) || lexicon.objectPronouns.contains(next) || next.equals(IT))) {
                return true;
            }
        }
        return false;
    }

    /** "symptoms compared with 7 percent", "a decision based on": a participle that works as a preposition. */
    private boolean isPrepositionalParticiple(List<Words.Word> words, int i) {
        return i + 1 < words.size()
                && lexicon.prepositionalParticiples.contains(words.get(i).lower() + " " + words.get(i + 1).lower());
    }

    private boolean isPastTense(String word) {
        return word.endsWith("ed") && word.length() > 4 && word.indexOf('-') < 0 || lexicon.irregularPast.contains(word);
    }

    private boolean isClause(String text, boolean pastTense) {
        List<Words.Word> words = Words.of(text);
        if (!words.isEmpty() && lexicon.subjectPronouns.contains(Words.withoutContraction(words.get(0).lower()))) {
            // (but "stated it for good measure": a pronoun with a preposition after it is the verb's object)
            return words.size() < 2 || !lexicon.prepositions.contains(words.get(1).lower())
                    || !words.get(0).lower().equals(Words.withoutContraction(words.get(0).lower()));
        }
        // "US companies had …": an abbreviation in capitals is no "us"
        boolean capitals = !words.isEmpty() && words.get(0).text().length() > 1
                && words.get(0).text().equals(words.get(0).text().toUpperCase(Locale.ROOT));
        if (!words.isEmpty() && !capitals && (lexicon.objectPronouns.contains(words.get(0).lower())
                || lexicon.addressees.contains(words.get(0).lower()))) {
            // "found themselves blindsided", "admitted to the flawed design": an object, not a clause's subject
            return false;
        }
        boolean firstClause = true;
        boolean relative = false;
        boolean relativeVerbs = false;
        for (int i = 0; i < words.size() && i < MAX_AUXILIARY_POSITION; i++) {
            String w = words.get(i).lower();
            // "wrote A Song of Ice and Fire, Ford created …": a past tense after a comma is another clause's
            firstClause &= i == 0 || text.substring(words.get(i - 1).end(), words.get(i).start()).indexOf(',') < 0;
            if (!firstClause && lexicon.conjunctions.contains(w)) {
                // "found an odd deck of cards, and he was intrigued": the first clause ended with no verb of its own
                return false;
            }
            if (i > 0 && lexicon.subordinators.contains(w)) {
                // "victory as the House concluded its hearing": the verb belongs to the subordinate clause
                return false;
            }
            // "posted profits that exceeded expectations": a past tense after "that" or "who" is the relative
            // clause's, though an auxiliary after it still makes a clause ("the man who kidnapped her was sentenced")
            relative |= i > 0 && (lexicon.relatives.contains(w) || w.equals(RELATIVE_THAT));
            // a hyphenated "-ed" word is an adjective: "the Party-controlled House"
            boolean auxiliary = isAuxiliary(w);
            String previous = i > 1 ? words.get(i - 1).lower() : "";
            relativeVerbs = auxiliary && (relativeVerbs || lexicon.relatives.contains(previous) || previous.equals(RELATIVE_THAT));
            if (relativeVerbs || i >= MAX_CLAUSE_VERB_POSITION && (!auxiliary || !firstClause)) {
                // "serious logistical problems that could have mattered": the relative clause's auxiliaries (and
                // "added 25 points in his former home arena, and Nerlens Noel had 15": another clause's)
                continue;
            }
            if (auxiliary
                    || pastTense && firstClause && !relative && i > 0 && isPastTense(w) && !words.get(i).capitalized()
                    && !isPrepositionalParticiple(words, i)
                    || pastTense && firstClause && !relative && isPresentAfterNoun(text, words, i)) {
                return true;
            }
        }
        return false;
    }

    /** "does", and "doesn't", "won't", "can’t": an auxiliary, negated or not. */
    private boolean isAuxiliary(String word) {
        if (lexicon.auxiliaries.contains(word)) {
            return true;
        }
        String negated = word.endsWith("n't") || word.endsWith("n’t") ? word.substring(0, word.length() - 3) : null;
        return negated != null && (lexicon.auxiliaries.contains(negated) || NEGATED_STEMS.contains(negated));
    }

    /**
     * "the expansion shortchanges public schools", "the company plans to": a word in -s after the noun that an
     * article opened, with more than a preposition after it, is the verb of the noun's clause (but "the company's
     * records", "the sales figures", "a series of tweets", "the company records in a safe" are nouns).
     */
    private boolean isPresentAfterNoun(String text, List<Words.Word> words, int i) {
        if (!lexicon.presentInS || i < 2 || i + 1 >= words.size() || !lexicon.articles.contains(words.get(0).lower())) {
            return false;
        }
        String w = words.get(i).lower();
        String noun = words.get(i - 1).lower();
        String next = words.get(i + 1).lower();
        boolean nounBefore = !noun.endsWith("s") && !noun.endsWith("’s") && !noun.endsWith("'s")
                && !lexicon.articles.contains(noun) && !lexicon.possessives.contains(noun)
                && !lexicon.prepositions.contains(noun) && !lexicon.conjunctions.contains(noun);
        // (but "a photo of her Slack notification options, adding": a plural noun ends its phrase at a comma)
        boolean comma = text.substring(words.get(i).end(), words.get(i + 1).start()).indexOf(',') >= 0;
        return nounBefore && !comma && w.endsWith("s") && !w.endsWith("ss") && w.length() > 3 && !words.get(i).capitalized()
                && (!lexicon.prepositions.contains(next) || next.equals(INFINITIVE));
    }

    /** "That said, …", "needless to say": whether the cue at {@code cueStart} stands in an idiom that states nothing. */
    boolean isIdiom(String lower, int cueStart, int cueEnd) {
        for (String idiom : lexicon.idioms) {
            for (int at = lower.indexOf(idiom, Math.max(0, cueEnd - idiom.length())); at >= 0 && at <= cueStart;
                 at = lower.indexOf(idiom, at + 1)) {
                if (at + idiom.length() >= cueEnd && isWordStart(lower, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Instagram declined to say", "he would not say whether …": a refusal to speak states nothing. */
    boolean isNegated(String lower, int cueStart) {
        // "wouldn’t confirm": the typographic apostrophe is the plain one
        String before = lower.substring(Math.max(0, cueStart - PASSIVE_WINDOW), cueStart).stripTrailing().replace('’', '\'');
        // "hasn’t yet said", "did not publicly say": an adverb between the negation and the verb
        before = NEGATED_ADVERB.matcher(before).replaceFirst("");
        for (String negation : lexicon.negations) {
            if (before.endsWith(negation) && isWordStart(before, before.length() - negation.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Jo Watson, who has written dozens of books, admitted …": a verb whose subject is a relative pronoun right
     * after a comma, so the clause describes someone named before it.
     */
    boolean opensRelativeClause(String lower, int cueStart) {
        int comma = lower.lastIndexOf(',', cueStart);
        int first = SentenceText.skipSpaces(lower, comma + 1);
        if (comma < 0 || lexicon.relatives.stream().noneMatch(relative -> lower.startsWith(relative, first))) {
            return false;
        }
        List<Words.Word> before = Words.of(lower.substring(comma + 1, cueStart));
        if (comma < 0 || before.isEmpty() || !lexicon.relatives.contains(before.get(0).lower())) {
            return false;
        }
        return before.stream().skip(1)
                .allMatch(w -> lexicon.auxiliaries.contains(w.lower()) || lexicon.adverbs.contains(w.lower()));
    }

    /** "they were told …": the subject of a passive speech verb heard it; who spoke is not said. */
    boolean isPassive(String lower, int cueStart) {
        // the word before the verb, found in a window that no auxiliary outgrows
        List<Words.Word> before = Words.of(lower.substring(Math.max(0, cueStart - PASSIVE_WINDOW), cueStart));
        return !before.isEmpty() && lexicon.passives.contains(before.get(before.size() - 1).lower());
    }

    /** "in its quarterly report": a short phrase after the verb that says where or when, not what. */
    boolean isAdjunct(String text) {
        String rest = beforeRelative(text);
        List<Words.Word> words = Words.of(rest);
        // "said, speaking at the summit": a participle phrase; "said returning to the moon was necessary": a clause
        boolean participle = lexicon.gerunds && !words.isEmpty() && words.get(0).lower().endsWith("ing")
                && rest.trim().startsWith(words.get(0).text()) && !isClause(rest);
        // "at a rally in Louisiana last week" is an adjunct, "this issue will be resolved soon" a clause; after a
        // preposition a past participle only describes ("in a paper published this month")
        boolean preposition = !words.isEmpty() && lexicon.prepositions.contains(words.get(0).lower());
        return !words.isEmpty() && (participle || words.size() <= MAX_ADJUNCT_WORDS
                && lexicon.adjuncts.contains(words.get(0).lower()) && !(preposition ? hasAuxiliary(rest) : isClause(rest)));
    }

    /**
     * Whether a phrase may stand between a speech verb and the quote it brings in: an adjunct ("of Sheppard", "in an
     * emailed statement") or an adverb ("almost incredulously"), no clause.
     */
    boolean leadsToQuote(String phrase) {
        List<Words.Word> words = Words.of(phrase);
        if (words.isEmpty() || phrase.indexOf(',') >= 0 || words.stream().anyMatch(w -> lexicon.complementizers.contains(w.lower()))) {
            return false;
        }
        String first = words.get(0).lower();
        String last = words.get(words.size() - 1).lower();
        if (words.size() <= 2 && last.endsWith("ly")) {
            return true;
        }
        // (but in "tweeted this announcement: “…”" the verb's object names what was said, and in "vowed in its
        // pledges to “abolish …”" or "recalled saying “…”" the quote goes on the phrase)
        boolean quoteGoesOn = last.equals("to") || words.size() > 1 && (lexicon.prepositions.contains(last)
                || lexicon.articles.contains(last));
        return lexicon.adjuncts.contains(first) && !lexicon.demonstratives.contains(first) && !quoteGoesOn && isAdjunct(phrase);
    }

    /** "in the new paper, which was published online today": the phrase before a relative clause describing it. */
    private String beforeRelative(String rest) {
        for (String relative : lexicon.relatives) {
            int at = rest.indexOf(", " + relative + " ");
            if (at > 0) {
                return rest.substring(0, at);
            }
        }
        return rest;
    }

    /** "told WeWork executives to look for new revenue": whom, then "to" and a verb, is an order, not a claim. */
    boolean isDirective(String lower, int from) {
        List<Words.Word> words = Words.of(lower.substring(from, Math.min(lower.length(), from + 80)));
        int objectWords = 0;
        for (int w = 0; w + 1 < words.size() && objectWords <= MAX_DIRECTIVE_OBJECT_WORDS; w++) {
            String word = words.get(w).lower();
            if (word.equals("to")) {
                return objectWords > 0;
            }
            if (word.equals("not")) {
                // "urged the public not to tolerate it"
                continue;
            }
            objectWords++;
            if (lexicon.subjectPronouns.contains(word) || lexicon.complementizers.contains(word)) {
                // "told Reuters he wanted to leave": a clause, not an order
                return false;
            }
        }
        return false;
    }

    /** "told reporters", "confirmed to WIRED": the cue names whom it was said to, starting at {@code next}. */
    boolean tellsSomeone(String lower, String verb, int next) {
        String head = verb.indexOf(' ') > 0 ? verb.substring(0, verb.indexOf(' ')) : verb;
        return lexicon.tellVerbs.contains(head) || lexicon.addressees.stream().anyMatch(to -> startsWithWord(lower, to, next));
    }
}
