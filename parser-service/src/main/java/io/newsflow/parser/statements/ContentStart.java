package io.newsflow.parser.statements;

import static io.newsflow.parser.statements.SentenceText.OPENERS;
import static io.newsflow.parser.statements.SentenceText.clauseEnd;
import static io.newsflow.parser.statements.SentenceText.isWordEnd;
import static io.newsflow.parser.statements.SentenceText.nextWord;
import static io.newsflow.parser.statements.SentenceText.onlyPunctuation;
import static io.newsflow.parser.statements.SentenceText.skipBack;
import static io.newsflow.parser.statements.SentenceText.skipCommas;
import static io.newsflow.parser.statements.SentenceText.skipSpaces;
import static io.newsflow.parser.statements.SentenceText.startsWithWord;

import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the content of a speech verb starts in its sentence: after "that", after whom it was told, right after a
 * verb that takes a bare clause; or nowhere of its own, when a quote or a colon follows or what was said stands
 * before the verb ("…, he said.").
 */
final class ContentStart {
    /** "that's", "it’s": a word with a verb contracted onto it opens a clause. */
    private static final Pattern CONTRACTED = Pattern.compile("\\p{L}+['’](s|re|ll|ve|d)\\b");
    /** "tweeted out an accusation": a particle after a verb of speech. */
    private static final String PARTICLE = "out";
    /** "said of his father’s support": the word that names what something was said about, no content. */
    private static final String TOPIC = "of";
    /** Room for "the fact" after a verb. */
    private static final int MAX_FACT_OBJECT_LENGTH = 20;

    private final CueLexicon lexicon;
    private final Clauses clauses;

    /** "has said that more than once", "said that on Monday": the most words after a pronoun "that". */
    private static final int MAX_DEMONSTRATIVE_TAIL_WORDS = 4;
    /** "…, the Fed said, no change from its assessment": words that open a noun phrase after the attribution. */
    private static final Set<String> NOUN_PHRASE_OPENERS = Set.of("no", "a", "an");
    /** "“some of the participants” had begun": the most words of a quote that opens a reported clause. */
    private static final int MAX_QUOTED_SUBJECT_WORDS = 6;
    private static final String CLOSING_MARKS = "”\"»’›“";
    /** "…, the agency's chief economist pointed out, B": the most words of a subject set off by commas. */
    private static final int MAX_INSERTED_SUBJECT_WORDS = 5;

    ContentStart(CueLexicon lexicon, Clauses clauses) {
        this.lexicon = lexicon;
        this.clauses = clauses;
    }

    /**
     * "issued a statement that appeared to make it possible": after a cue that ends in a noun, "that" followed by a
     * verb opens a relative clause about the noun, not what was said.
     */
    private boolean relativeAfterNoun(Cue verb, String content) {
        int space = verb.word().lastIndexOf(' ');
        List<Words.Word> words = Words.of(content);
        if (space < 0 || !lexicon.sourceNouns.contains(verb.word().substring(space + 1)) || words.isEmpty()
                || words.get(0).capitalized()) {
            return false;
        }
        String first = words.get(0).lower();
        return lexicon.auxiliaries.contains(first) || first.endsWith("ed") || first.endsWith("s") && !first.endsWith("ss");
    }

    /**
     * Where a verb's content starts: after "that", after the object of "told", right after a verb that takes a
     * bare clause, or at the sentence end for "…, he said." -1 when there is no content of its own: a quote or a
     * colon follows (the quote is the statement), or a verb that needs "that" has none ("responded to questions").
     */
    int startOf(String sentence, Cue verb) {
        int i = skipSpaces(sentence, verb.end());
        int next = skipCommas(sentence, i);
        if (next == i && next < sentence.length() && OPENERS.indexOf(sentence.charAt(next)) >= 0 && opensClause(sentence, next)) {
            // "she said “some of the participants” had begun shifting": a few words quoted as the claim's subject
            return next;
        }
        if (next < sentence.length() && (sentence.charAt(next) == ':' || OPENERS.indexOf(sentence.charAt(next)) >= 0)) {
            return -1;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (lexicon.relatives.stream().anyMatch(r -> lower.startsWith(r, i) && isWordEnd(lower, i + r.length()))) {
            // "“…” Trump said which, given his history …, triggered responses": a relative clause about the saying
            return -1;
        }
        if (startsWithWord(lower, PARTICLE, i)) {
            // "both men simply tweeted out an accusation or two": the verb with its particle takes a thing said, not
            // a clause ("pointed out" is a cue of its own)
            return -1;
        }
        int comma = sentence.indexOf(',', i);
        if (comma > i && clauses.leadsToQuote(sentence.substring(i, comma)) && skipCommas(sentence, comma) < sentence.length()
                && OPENERS.indexOf(sentence.charAt(skipCommas(sentence, comma))) >= 0) {
            // "Roof said almost incredulously, “…”", "said of Sheppard, “…”": the quote is the statement
            return -1;
        }
        int parenthetical = afterParenthetical(sentence, lower, i);
        if (parenthetical >= 0) {
            return parenthetical;
        }
        List<Words.Word> following = Words.of(sentence.substring(next));
        // "…, he said, swiping at Liz Truss", "…, he said, adding that C": a participle after the attribution is the
        // writer's, or a claim of its own (see ParticipleFrames.trailing)
        boolean clauseEnded = next > i && !following.isEmpty() && (lexicon.conjunctions.contains(following.get(0).lower())
                || lexicon.prepositions.contains(following.get(0).lower())
                || lexicon.subordinators.contains(following.get(0).lower())
                || lexicon.gerunds && following.get(0).lower().endsWith("ing") && following.get(0).lower().length() > 4);
        int afterDate = i;
        while (afterDate < sentence.length() && lexicon.dates.contains(
                Words.of(sentence.substring(afterDate, nextWord(sentence, afterDate))).stream().findFirst()
                        .map(Words.Word::lower).orElse(""))) {
            afterDate = nextWord(sentence, afterDate);
        }
        List<Words.Word> afterDay = afterDate > i && afterDate < sentence.length() && sentence.charAt(skipBack(sentence, afterDate)) == ','
                ? Words.of(sentence.substring(afterDate)) : List.of();
        // "…, Zelenskyy said Sunday, marking the third time …": when, then the writer's own participle
        clauseEnded |= !afterDay.isEmpty() && (afterDay.get(0).lower().endsWith("ing")
                || lexicon.conjunctions.contains(afterDay.get(0).lower()));
        if (clauseEnded || lexicon.according.stream().anyMatch(a -> startsWithWord(lower, a, i))) {
            // "…, Zuckerberg said, and be willing …", "…, Inguanzo said, with a film starring …", "…, Tjahjanto
            // added, although dynamite fishing is common", "…, he said according to a transcript": what he said
            // stands before the verb
            return sentence.length();
        }
        if (next > i && sentence.charAt(i) == ',' && !lexicon.bare.contains(verb.word()) && inserted(sentence, verb)
                && clauses.isClause(sentence.substring(next))) {
            // "As a general rule, Schlegelmilch pointed out, Manhattan floorspace doesn't stay vacant": an attribution
            // set off inside the sentence, and the clause after it
            return next;
        }
        // "told reporters at a news conference that", "confirmed to WIRED that": whom it was said to, then the content;
        // but "told their own tale" tells a thing, to no one
        List<Words.Word> object = Words.of(sentence.substring(i, Math.min(sentence.length(), nextWord(sentence, i))));
        if (clauses.tellsSomeone(lower, verb.word(), i) && !object.isEmpty()
                && lexicon.possessives.contains(object.get(0).lower())) {
            return -1;
        }
        boolean tellsSomeone = clauses.tellsSomeone(lower, verb.word(), i);
        // "said Monday that", "reported last year that", "found in 2015 that": when or where, then the content
        boolean adjunct = Words.of(sentence.substring(i, nextWord(sentence, i))).stream()
                .anyMatch(w -> lexicon.adjuncts.contains(w.lower()));
        // "lamented the fact that B": a noun that only announces the content
        List<Words.Word> announced = Words.of(sentence.substring(i, Math.min(sentence.length(), i + MAX_FACT_OBJECT_LENGTH)));
        boolean fact = announced.size() > 1 && lexicon.articles.contains(announced.get(0).lower())
                && lexicon.contentNouns.contains(announced.get(1).lower());
        int maxWords = tellsSomeone ? Clauses.MAX_OBJECT_WORDS_BEFORE_THAT : adjunct ? Clauses.MAX_ADJUNCT_WORDS : fact ? 2 : 0;
        int j = i;
        for (int word = 0; word <= maxWords && j < sentence.length(); word++) {
            j = skipCommas(sentence, j);
            if (j >= sentence.length()) {
                // "… told reporters , ,": only commas were left
                break;
            }
            boolean clauseGoesOn = j + 1 < sentence.length() && Character.isLowerCase(sentence.charAt(j + 1));
            if (word > 0 && (sentence.charAt(j - 1) == ':' || j > 1 && sentence.charAt(j - 2) == ':'
                    || OPENERS.indexOf(sentence.charAt(j)) >= 0 && !clauses.isClause(sentence.substring(i, j)) && !clauseGoesOn)) {
                // "told Newsweek: “…": the quote after the one it was told to is the statement; but in "argued this
                // was “a theft”" the quote stands inside the claim
                return -1;
            }
            for (String complementizer : lexicon.complementizers) {
                // (but "that’s for the best" is a clause that opens with "that is")
                if (lower.startsWith(complementizer, j) && isWordEnd(lower, j + complementizer.length())
                        && !lower.startsWith("’", j + complementizer.length()) && !lower.startsWith("'", j + complementizer.length())) {
                    int content = skipCommas(sentence, j + complementizer.length());
                    // "Donald Trump has said that more than once.": "that" is what was said before, no clause follows
                    return lexicon.demonstratives.contains(complementizer) && demonstrative(sentence.substring(content))
                            || relativeAfterNoun(verb, sentence.substring(content)) ? -1 : content;
                }
            }
            j = nextWord(sentence, j);
        }
        if (i >= sentence.length() || ".!?".indexOf(sentence.charAt(i)) >= 0) {
            // "…, Expert said. [Trippy Tales: …]": what follows the full stop is no content of the verb
            return sentence.length();
        }
        boolean takesClause = verb.word().indexOf(' ') > 0 || lexicon.bareClause.contains(verb.word())
                || lexicon.auxClause.contains(verb.word());
        // "and Vindman reported to him": whom someone reports to is no audience
        boolean onlyWhenOrWhom = clauses.isAdjunct(sentence.substring(i)) || tellsSomeone
                && !lexicon.bareClause.contains(verb.word()) && Words.of(sentence.substring(i)).size() <= Clauses.MAX_OBJECT_WORDS;
        int adjunctEnd = clauseEnd(sentence, i);
        List<Words.Word> afterAdjunct = Words.of(sentence.substring(adjunctEnd));
        // (or "…, Paganini and his team wrote in the new paper, which was published online today")
        boolean describedOnly = !afterAdjunct.isEmpty() && lexicon.relatives.contains(afterAdjunct.get(0).lower());
        if (takesClause && onlyWhenOrWhom && (describedOnly || onlyPunctuation(sentence, adjunctEnd, sentence.length()))) {
            // "…, the Tuva government was quoted as saying late Thursday by the Interfax news agency.", "…, the
            // source further claimed to the outlet.": only when, where or to whom follow the verb, so what it
            // reports stands before it
            return sentence.length();
        }
        List<Words.Word> firstWord = Words.of(sentence.substring(i, Math.min(sentence.length(), nextWord(sentence, i))));
        boolean joined = !firstWord.isEmpty() && lexicon.conjunctions.contains(firstWord.get(0).lower());
        String clause = beforeQuote(beforeQuotedColon(sentence.substring(i)));
        if (!joined && (lexicon.bareClause.contains(verb.word()) && clauses.isClause(clause)
                || lexicon.auxClause.contains(verb.word()) && (clauses.hasAuxiliary(clause) || clauses.hasActivePast(clause)))) {
            // (but "US states and cities are pursuing …": a noun joined to another, no verb)
            return i;
        }
        if (lexicon.directives.contains(verb.word()) && clauses.isDirective(lower, i)) {
            // "He urged residents to avoid flooded areas": whom, and what they were urged to do
            return i;
        }
        if (!lexicon.bare.contains(verb.word()) || tellsSomeone && clauses.isDirective(lower, i)) {
            return -1;
        }
        List<Words.Word> described = Words.of(sentence.substring(next, Math.min(sentence.length(), nextWord(sentence, next))));
        boolean nounPhrase = !described.isEmpty() && (NOUN_PHRASE_OPENERS.contains(described.get(0).lower())
                || lexicon.possessives.contains(described.get(0).lower()));
        if (next > i && sentence.charAt(i) == ',' && nounPhrase && !clauses.isClause(sentence.substring(next))) {
            // "…, the Fed said, no change from its assessment last month": what follows the comma only describes
            return sentence.length();
        }
        if (tellsSomeone && Words.of(sentence.substring(i)).size() <= Clauses.MAX_OBJECT_WORDS
                && onlyPunctuation(sentence, clauseEnd(sentence, i), sentence.length())
                && !clauses.isClause(sentence.substring(Math.min(sentence.length(), nextWord(sentence, i))))
                && !CONTRACTED.matcher(sentence.substring(Math.min(sentence.length(), nextWord(sentence, i)))).lookingAt()) {
            // "But the public did, Inguanzo told Live Science.": only whom it was told follows the verb (not "tells
            // me it's not the case")
            return sentence.length();
        }
        List<Words.Word> content = Words.of(sentence.substring(i, Math.min(sentence.length(), nextWord(sentence, i))));
        if (!tellsSomeone && !content.isEmpty() && lexicon.conjunctions.contains(content.get(0).lower())) {
            // "what the president is allowed to say and do": the verb has no content of its own
            return -1;
        }
        if (!tellsSomeone && startsWithWord(lower, TOPIC, i)) {
            // "said of his father’s support for the legislation": whom or what it was said of, nothing said
            return -1;
        }
        int start = tellsSomeone ? nextWord(sentence, i) : i;
        if (tellsSomeone && !object.isEmpty() && lexicon.articles.contains(object.get(0).lower())) {
            // "told the jury Roof stood over her": whom, with its article, then the clause
            start = nextWord(sentence, Math.min(start, sentence.length()));
        }
        if (tellsSomeone && start < sentence.length() && startsWithWord(lower, TOPIC, start)) {
            // "told Rest of World a few American tech companies …": a name that runs on with "of"; but "told the
            // tale of a 43-year-old man" tells a story, no claim
            start = nextWord(sentence, start);
            if (start >= sentence.length() || !Character.isUpperCase(sentence.charAt(start))) {
                return -1;
            }
            while (start < sentence.length() && Character.isUpperCase(sentence.charAt(start))) {
                start = nextWord(sentence, start);
            }
        }
        List<Words.Word> told = Words.of(sentence.substring(Math.min(start, sentence.length()),
                Math.min(sentence.length(), nextWord(sentence, Math.min(start, sentence.length())))));
        if (!told.isEmpty() && (lexicon.topicMarkers.contains(told.get(0).lower())
                || tellsSomeone && lexicon.subordinators.contains(told.get(0).lower()))) {
            // "she told Harris about abuse she was suffering": what it was about, not what was said; "Caudevilla told
            // me when I visited the other lab": when it was said
            return -1;
        }
        return start;
    }


    /**
     * "acknowledged his limitations in evaluating the situation: “This type of threat I have no ability to
     * assess.”": up to a colon that brings in a quote, which is a statement of its own.
     */
    private static String beforeQuotedColon(String rest) {
        int colon = rest.indexOf(':');
        int next = colon < 0 ? -1 : skipSpaces(rest, colon + 1);
        return next >= 0 && next < rest.length() && OPENERS.indexOf(rest.charAt(next)) >= 0 ? rest.substring(0, colon) : rest;
    }

    /**
     * "wrote an op-ed with the headline “Something is deeply broken at the FBI”": the words before a quote, whose
     * own verbs make no clause of the verb's object; the whole text when the quote opens it.
     */
    private static String beforeQuote(String rest) {
        for (int i = 1; i < rest.length(); i++) {
            if (OPENERS.indexOf(rest.charAt(i)) >= 0 && Character.isWhitespace(rest.charAt(i - 1))) {
                return rest.substring(0, i);
            }
        }
        return rest;
    }

    /** Whether the few words quoted from {@code open} on go on, past the closing mark, into a clause in lower case. */
    static boolean opensClause(String sentence, int open) {
        int close = open + 1;
        // (an apostrophe inside a word, "We’re", closes nothing)
        while (close < sentence.length() && (CLOSING_MARKS.indexOf(sentence.charAt(close)) < 0
                || close + 1 < sentence.length() && Character.isLetter(sentence.charAt(close + 1)))) {
            close++;
        }
        if (close >= sentence.length() || Words.of(sentence.substring(open, close)).size() > MAX_QUOTED_SUBJECT_WORDS) {
            return false;
        }
        int after = skipSpaces(sentence, close + 1);
        return after < sentence.length() && Character.isLowerCase(sentence.charAt(after));
    }

    /** Whether a comma sets off the verb's short subject from what comes before it: "…, Schlegelmilch pointed out,". */
    private boolean inserted(String sentence, Cue verb) {
        int comma = sentence.lastIndexOf(", ", verb.start());
        List<Words.Word> subject = comma > 0 ? Words.of(sentence.substring(comma, verb.start())) : List.of();
        // (but ", as Hackaday's March story explains, B" is a frame of its own)
        return !subject.isEmpty() && subject.size() <= MAX_INSERTED_SUBJECT_WORDS
                && !lexicon.subordinators.contains(subject.get(0).lower());
    }

    /** Whether what follows "that" is a few words to the sentence's end and no clause: "that" is a pronoun. */
    private boolean demonstrative(String rest) {
        int end = clauseEnd(rest, 0);
        return Words.of(rest).size() <= MAX_DEMONSTRATIVE_TAIL_WORDS && onlyPunctuation(rest, end, rest.length())
                && !clauses.isClause(rest.substring(0, end));
    }

    /**
     * "say, explicitly or by intimation, that B": a short phrase between commas right after the verb, then "that";
     * where B starts, or -1.
     */
    private int afterParenthetical(String sentence, String lower, int i) {
        if (i >= sentence.length() || sentence.charAt(i) != ',') {
            return -1;
        }
        int close = sentence.indexOf(',', i + 1);
        if (close < 0 || Words.of(sentence.substring(i + 1, close)).size() > Clauses.MAX_ADJUNCT_WORDS) {
            return -1;
        }
        int after = skipSpaces(sentence, close + 1);
        for (String complementizer : lexicon.complementizers) {
            if (startsWithWord(lower, complementizer, after)) {
                return skipCommas(sentence, after + complementizer.length());
            }
        }
        return -1;
    }
}
