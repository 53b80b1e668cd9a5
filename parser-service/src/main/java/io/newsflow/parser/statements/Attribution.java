package io.newsflow.parser.statements;

import static io.newsflow.parser.statements.SentenceText.OPENERS;
import static io.newsflow.parser.statements.SentenceText.afterComma;
import static io.newsflow.parser.statements.SentenceText.attributesQuote;
import static io.newsflow.parser.statements.SentenceText.boundaryBefore;
import static io.newsflow.parser.statements.SentenceText.clauseEnd;
import static io.newsflow.parser.statements.SentenceText.clauseMarkBefore;
import static io.newsflow.parser.statements.SentenceText.inside;
import static io.newsflow.parser.statements.SentenceText.isWordEnd;
import static io.newsflow.parser.statements.SentenceText.nextWord;
import static io.newsflow.parser.statements.SentenceText.onlyPunctuation;
import static io.newsflow.parser.statements.SentenceText.opensClause;
import static io.newsflow.parser.statements.SentenceText.overlaps;
import static io.newsflow.parser.statements.SentenceText.skipBack;
import static io.newsflow.parser.statements.SentenceText.skipCommas;
import static io.newsflow.parser.statements.SentenceText.skipSpaces;
import static io.newsflow.parser.statements.SentenceText.spaced;
import static io.newsflow.parser.statements.SentenceText.startsWithWord;

import io.newsflow.contracts.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech in a sentence: who is the subject of a speech verb, and what the verb's content is ("X said
 * that B", "B, X said", "According to X, B", "Stressing that A, X said B", "As X noted, B": {@link AsFrames}). All matching is by plain string search
 * over a lexicon, so no input can make it slow. Who spoke a direct quote is {@link QuoteSpeakers}' job.
 */
final class Attribution {

    /** "…, but he said that …": the second subject is a pronoun or a short name. */
    private static final int MAX_SECOND_SUBJECT_WORDS = 3;
    private static final int MAX_SECOND_SUBJECT_CHARS = 60;
    /** Each part of a statement split at ", adding that" has at least this many words. */
    static final int MIN_SPLIT_WORDS = 3;
    /** A subject before a clause-opening cue longer than this is the content of an inverted "…, said X". */
    private static final int MAX_FRONTED_SUBJECT_WORDS = 6;
    /** Contrasting conjunctions that open another source's clause without a comma before them. */
    private static final List<String> UNMARKED_CONTRASTS = List.of("while", "whereas");
    /** "said when the wagon will go on sale", "asked whether …": a question, no claim. */
    private static final Set<String> QUESTION_WORDS = Set.of("whether", "what", "how", "why", "who", "where", "when");
    /**
     * "suggests why B": the word that makes what follows a verb a question, not a claim ("whether" may open a
     * clause that is one: "said whether Trump will agree depends largely on …").
     */
    private static final Set<String> INDIRECT_QUESTIONS = Set.of("why");
    /** "National Resources Defense Council board member Nicole Lederer": a subject closed by a name may be longer. */
    private static final int MAX_NAMED_ANTECEDENT_WORDS = 12;
    /** "reported Alexandra Olgin": the most words of a name right after a verb. */
    private static final int MAX_NAME_WORDS = 4;
    /** "written by Keir Starmer": the word that brings in a passive participle's agent. */
    private static final String PASSIVE_AGENT = "by";
    /** Room enough before a cue for its infinitive marker ("to "). */
    private static final int MAX_MARKER_LENGTH = 6;
    /** Verbs after which an infinitive is the subject's own act: "continues to insist", "used to say". */
    private static final Set<String> CATENATIVES = Set.of("continue", "continues", "continued", "begin", "begins",
            "began", "start", "starts", "started", "used", "went", "goes", "go", "want", "wants", "wanted");
    /** Enough characters to see "to" and an adverb before a verb, or the word after it. */
    private static final int MAX_INFINITIVE_WINDOW = 32;
    /** Fewer words than this, quoted inside a clause, are the writer's borrowing, not the speech itself. */
    private static final int MIN_QUOTED_SPEECH_WORDS = 4;

    private final CueLexicon lexicon;
    private final SpeakerResolver speakers;
    private final Subjects subjects;
    private final Clauses clauses;
    private final AsFrames asFrames;
    private final Claims claims;
    private final AccordingFrames accordingFrames;
    private final ParticipleFrames participles;
    private final ContentStart content;

    Attribution(CueLexicon lexicon, SpeakerResolver speakers, Subjects subjects, Clauses clauses) {
        this.lexicon = lexicon;
        this.speakers = speakers;
        this.subjects = subjects;
        this.clauses = clauses;
        this.content = new ContentStart(lexicon, clauses);
        this.asFrames = new AsFrames(speakers, lexicon.complementizers);
        this.claims = new Claims(lexicon);
        this.accordingFrames = new AccordingFrames(lexicon, speakers, claims);
        this.participles = new ParticipleFrames(lexicon, speakers, subjects, clauses, claims);
    }

    /**
     * Reported speech in a sentence: "X said (that) B", "B, X said", "B, said X", "According to X, B", and the
     * participle frame "Stressing that A, X said B", which gives A too.
     *
     * @param offset where the sentence starts in the article text
     * @param quotes the sentence's direct quotes, as [open, close] offsets into it: cues inside them are not cues
     */
    List<Found> reported(String sentence, int offset, List<int[]> quotes) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<Found> found = new ArrayList<>();
        if (sentence.stripTrailing().endsWith("?") && !overlaps(quotes, 0, sentence.length())) {
            // "What did Suh say after the play?", "And why would Caldwell say it wasn't intentional?": a question
            // reports no claim
            return found;
        }
        Cue according = usableAccording(sentence, lower, quotes);
        Cue verb = usableVerb(sentence, lower, quotes, 0);
        Cue progressive = progressive(lower, quotes);
        verb = progressive != null && (verb == null || progressive.start() < verb.start()) ? progressive : verb;
        // "…,” he said, according to the Intelligencer": the speech verb attributes; the source is only cited
        boolean verbThenSource = according != null && verb != null && verb.start() < according.start()
                && onlyPunctuation(sentence, verb.end(), according.start());
        if (according != null && !verbThenSource) {
            accordingFrames.add(sentence, offset, according, found);
            if (verb != null && verb.start() > according.end() && coordinatedAfter(lower, according.end(), verb.start())) {
                // "A, according to her father, and the complaint alleges that B": a second clause with a verb of
                // its own
                List<Found> second = fromVerb(sentence, lower, offset, quotes, verb);
                second.removeIf(f -> found.stream().anyMatch(g -> g.start() < f.end() && f.start() < g.end()));
                found.addAll(second);
            }
            return found;
        }
        if (verb == null) {
            participles.closingClause(sentence, lower, offset, quotes, found);
            if (found.isEmpty()) {
                participles.absolute(sentence, lower, offset, quotes, found);
            }
            return found;
        }
        return fromVerb(sentence, lower, offset, quotes, verb);
    }

    /**
     * The first "according to" of the sentence; a word that attributes so only set off before a name ("…, per Forbes."
     * but not "$27.5 million per year") counts only there.
     */
    private Cue usableAccording(String sentence, String lower, List<int[]> quotes) {
        Cue according = Cue.first(sentence, lower, lexicon.according, quotes, 0);
        while (according != null && lexicon.looseAccording.contains(according.word())) {
            List<Words.Word> next = Words.of(sentence.substring(according.end(), Math.min(sentence.length(), according.end() + 40)));
            boolean setOff = sentence.substring(0, according.start()).isBlank()
                    || lower.charAt(skipBack(lower, according.start())) == ',';
            boolean named = !next.isEmpty() && (next.get(0).capitalized() || lexicon.articles.contains(next.get(0).lower()));
            if (setOff && named) {
                return according;
            }
            according = Cue.first(sentence, lower, lexicon.according, quotes, according.end());
        }
        return according;
    }

    /** Whether a clause joined by ", and" or ", but" opens between {@code from} and {@code to}. */
    private boolean coordinatedAfter(String lower, int from, int to) {
        return lexicon.conjunctions.stream().anyMatch(c -> {
            int at = lower.indexOf(", " + c + " ", from);
            return at >= 0 && at < to;
        });
    }

    /**
     * Whether a quote before {@code end} holds words someone said, which its own attribution reports; a name in
     * quotes (Mugabe's “Blue House” compound) leaves the clause around it to reported speech, and so do a few
     * words quoted inside it (Meghan Markle is “still less popular” than …, a recent poll has shown).
     */
    private static boolean quotesSpeech(String sentence, List<int[]> quotes, int end) {
        for (int[] quote : quotes) {
            if (quote[1] < 0 || quote[0] >= sentence.length()) {
                // a quote of another sentence of the paragraph, or one that opened in a sentence before this one
                continue;
            }
            int open = Math.max(quote[0], -1);
            String quoted = sentence.substring(open + 1, Math.min(Math.max(quote[1], open + 1), sentence.length()));
            boolean inside = Words.of(quoted).size() < MIN_QUOTED_SPEECH_WORDS && !sentence.substring(0, Math.max(open, 0)).isBlank()
                    && !onlyPunctuation(sentence, Math.min(quote[1] + 1, end), end);
            if (quote[0] < end && !ParagraphStatements.isTitle(quoted) && !inside) {
                return true;
            }
        }
        return false;
    }

    /**
     * "“I’ve signed away my organs,” he joked, adding that filming was great": the verb attributes the quote before
     * it, and a participle after it reports more of the same speaker's.
     */
    private void addAfterQuote(String sentence, String lower, int offset, List<int[]> quotes, Cue verb, int boundary,
                               List<Found> found) {
        for (String participle : lexicon.participles.in(lower)) {
            int at = afterComma(lower, participle, ' ', verb.end());
            if (at < 0 || inside(quotes, at) || !Words.of(sentence.substring(verb.end(), at)).stream()
                    .allMatch(w -> Character.isUpperCase(w.text().charAt(0)) || lexicon.isTitleWord(w.lower()))) {
                continue;
            }
            int content = participles.afterAdjunct(sentence, lower, at + 2 + participle.length() + 1);
            int claim = -1;
            for (String complementizer : lexicon.complementizers) {
                if (startsWithWord(lower, complementizer, content)) {
                    claim = content + complementizer.length() + 1;
                }
            }
            // "…,” Weingarten responded, saying there was no evidence": a clause of its own needs no "that"
            claim = claim < 0 && content < sentence.length() && clauses.hasAuxiliary(sentence.substring(content))
                    ? content : claim;
            if (claim >= 0) {
                String subject = subjects.subject(sentence, boundary, verb.start(), quotes);
                // "“…,” said Brassard, noting that B": the name after the verb
                Speaker speaker = subject.isBlank() ? speakers.resolve(sentence.substring(verb.end(), at), offset + verb.end())
                        : speakers.resolve(subject, offset + Subjects.start(sentence, subject, boundary, verb.start()));
                if (speaker != null && speaker.name() != null) {
                    claims.add(found, speaker, sentence, claim, sentence.length(), participle);
                }
                return;
            }
        }
    }

    /** "…, they concluded, have less effect": a subject and verb set off by commas inside the claim's clause. */
    private boolean insertedBetweenCommas(String sentence, int boundary, Cue verb) {
        int after = skipSpaces(sentence, verb.end());
        if (boundary <= 0 || sentence.charAt(boundary) != ',' || after >= sentence.length() || sentence.charAt(after) != ',') {
            return false;
        }
        List<Words.Word> rest = Words.of(sentence.substring(after + 1));
        return !rest.isEmpty() && !rest.get(0).capitalized() && lexicon.auxiliaries.contains(rest.get(0).lower());
    }

    /** The letters from {@code from} up to the next non-letter, within {@code end}. */
    private static String wordAt(String lower, int from, int end) {
        int to = from;
        while (to < end && Character.isLetter(lower.charAt(to))) {
            to++;
        }
        return from < to ? lower.substring(from, to) : "";
    }

    /** Whether a quote opens at {@code from}, past spaces. */
    private static boolean startsQuoteAfter(String sentence, int from, List<int[]> quotes) {
        int at = skipSpaces(sentence, from);
        return quotes.stream().anyMatch(q -> q[0] == at);
    }

    /**
     * Whether a verb's subject is only "but" ("…, but said B"), or "and" after a clause with auxiliaries or adverbs
     * ("… and has vowed B"): a second predicate's, whose subject opens the sentence.
     */
    private boolean coordinated(List<Words.Word> subject) {
        for (int w = subject.size() - 1; w >= 0; w--) {
            String word = subject.get(w).lower();
            if (lexicon.conjunctions.contains(word)) {
                // ("… but had found nothing, Tjahjanto told Reuters": a contrast goes on with what was found)
                return subject.size() == 1 || w > 0 && lexicon.additives.contains(word);
            }
            if (!lexicon.auxiliaries.contains(word) && !word.endsWith("ly") && !lexicon.adverbs.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where a subordinate clause that opens the sentence and holds the verb ends ("Although he said it was wild, …"):
     * the comma after the verb; -1 when the verb stands in no such clause. "As X said" is {@link AsFrames}' job.
     */
    private int frontedClauseEnd(String sentence, Cue verb) {
        List<Words.Word> opening = Words.of(sentence.substring(0, verb.start()));
        if (opening.isEmpty() || !lexicon.subordinators.contains(opening.get(0).lower())
                || opening.get(0).lower().equals("as") || sentence.substring(0, verb.start()).indexOf(',') >= 0) {
            return -1;
        }
        int close = clauseEnd(sentence, verb.end());
        return close < sentence.length() && sentence.charAt(close) == ',' ? close : -1;
    }

    /** The first speech verb from {@code from} on that is not passive, refused or part of an idiom; null if none. */
    private Cue usableVerb(String sentence, String lower, List<int[]> quotes, int from) {
        Cue verb = Cue.first(sentence, lower, lexicon.verbs, quotes, from);
        while (verb != null && (clauses.isPassive(lower, verb.start()) || clauses.isNegated(lower, verb.start())
                || isBareInfinitive(lower, verb)
                || clauses.isIdiom(lower, verb.start(), verb.end()) || startsWithWord(lower, PASSIVE_AGENT, skipSpaces(lower, verb.end())))) {
            // "the speech written by Keir Starmer": a participle with its agent reports nothing
            // "investors have been told …, Reuters reported": a passive or refused cue gives way to a later one
            verb = Cue.first(sentence, lower, lexicon.verbs, quotes, verb.end());
        }
        if (verb != null && clauses.opensRelativeClause(lower, verb.start())) {
            // "Jo Watson, who has written dozens of books, admitted that B": the clause describes the speaker and
            // the sentence's own verb reports; "Smith, who said that B, resigned" keeps the only one
            Cue later = usableVerb(sentence, lower, quotes, verb.end());
            return later != null ? later : verb;
        }
        return verb;
    }

    private List<Found> fromVerb(String sentence, String lower, int offset, List<int[]> quotes, Cue verb) {
        List<Found> found = new ArrayList<>();
        int boundary = boundaryBefore(sentence, verb.start(), quotes);
        int afterVerb = skipSpaces(lower, verb.end());
        boolean ownClause = lexicon.complementizers.stream()
                .anyMatch(c -> startsWithWord(lower, c, afterVerb) || lower.startsWith(c + ",", afterVerb));
        boolean quoteBefore = attributesQuote(sentence, boundary, quotes) && !ownClause
                && !(opensClause(sentence, verb.start(), quotes) && !onlyPunctuation(sentence, boundary + 1, verb.start()));
        if (quoteBefore) {
            // (but in "B signals a “very high-level commitment” to tackling it, says X" the claim ends at the verb,
            // and "… from “classical Marxism,” he said that B" reports B)
            addAfterQuote(sentence, lower, offset, quotes, verb, boundary, found);
            return found;
        }
        AsFrames.Framed framed = asFrames.around(sentence, lower, verb, offset);
        if (framed != null && OPENERS.indexOf(sentence.charAt(skipSpaces(sentence, framed.start()))) >= 0
                && quotes.stream().anyMatch(q -> q[0] == skipSpaces(sentence, framed.start()))) {
            // "As a Google spokesperson promised, “…”": the quote's own attribution reads the frame
            return List.of();
        }
        if (framed != null) {
            Cue inner = Cue.first(sentence, lower, lexicon.verbs, quotes, framed.start());
            while (inner != null && inner.start() < framed.end() && afterInfinitiveMarker(lower, inner.start())) {
                // "As Uri Friedman pointed out, the decision to show Kim's death was worrisome": an infinitive
                // reports nothing of its own
                inner = Cue.first(sentence, lower, lexicon.verbs, quotes, inner.end());
            }
            if (inner == null || inner.start() >= framed.end()) {
                claims.add(found, framed.speaker(), sentence, framed.start(), framed.end(), verb.word());
                speakers.attributed(framed.speaker(), offset + verb.start());
                return found;
            }
            // "As Emily Feng reports, … when authorities announced that B": the inner cue has a speaker of its own
            verb = inner;
            boundary = boundaryBefore(sentence, verb.start(), quotes);
        }
        String subject = subjects.subject(sentence, boundary, verb.start(), quotes);
        boolean opensClause = opensClause(sentence, verb.start(), quotes);
        int head = subjects.appositiveHead(sentence, boundary, subject, quotes);
        Speaker speaker = head == Subjects.NO_HEAD ? null : speakers.resolve(sentence.substring(head + 1, boundary), offset + head + 1);
        if (speaker != null && speaker.name() != null) {
            boundary = head;
        } else {
            // "Roof stood emotionless, reported Alexandra Olgin": a name after the verb is its subject
            speaker = opensClause && (Words.of(subject).size() > MAX_FRONTED_SUBJECT_WORDS || namedAfter(sentence, verb)) ? null
                    : speakers.resolve(subject, offset + Subjects.start(sentence, subject, boundary, verb.start()));
            if (speaker != null && boundary > 0 && sentence.charAt(boundary) == ',') {
                // "MEC for Cooperative Governance and Traditional Affairs, Jacob Mamabolo, said": the title before
                int title = boundaryBefore(sentence, boundary, quotes);
                speaker = speakers.titled(speaker, sentence.substring(title + 1, boundary), offset + title + 1);
            }
        }
        List<Words.Word> subjectWords = Words.of(subject);
        int clauseClose = frontedClauseEnd(sentence, verb);
        if (clauseClose > 0 && !subjectWords.isEmpty()
                && lexicon.pronouns.contains(subjectWords.get(subjectWords.size() - 1).lower())) {
            // "Although he said it was “wild”, Isaac stopped short …": the pronoun is the main clause's subject
            Speaker main = subjects.subjectOf(sentence, clauseClose + 1, sentence.length(), offset);
            speaker = main != null ? main : speaker;
        }
        if (speaker == null && coordinated(subjectWords)) {
            // "She didn’t give a date, but said SpaceX would fly …", "Beijing considers Taiwan part of its territory
            // and has vowed it would …": the sentence's subject speaks again
            speaker = subjects.subjectOf(sentence, 0, boundary < 0 ? verb.start() : boundary, offset);
        }
        if (speaker == null && boundary > 0 && !sentence.substring(verb.end()).isBlank()
                && !onlyPunctuation(sentence, verb.end(), sentence.length())
                && !(opensClause && hasInvertedSubject(sentence, verb))
                && subjectWords.stream().noneMatch(w -> lexicon.subjectPronouns.contains(w.lower()))) {
            // "Mayor Lund, speaking after the vote, said …": the subject stands before the inserted clause (but in
            // "…, now, that we can say" the writer is the clause's own subject)
            int before = boundaryBefore(sentence, boundary, quotes);
            int end = boundary;
            List<Words.Word> inserted = Words.of(sentence.substring(before + 1, boundary));
            if (before > 0 && !inserted.isEmpty() && lexicon.relatives.contains(inserted.get(0).lower())) {
                // "The report by TNO — which was contracted by Reuters — found": the subject before the relative clause
                end = before;
                before = boundaryBefore(sentence, before, quotes);
            }
            String antecedent = sentence.substring(before + 1, end);
            List<Words.Word> antecedentWords = Words.of(antecedent);
            // (but "Wearing the glittering Imperial Crown," is what someone did, no subject)
            boolean participial = lexicon.gerunds && !antecedentWords.isEmpty()
                    && antecedentWords.get(0).lower().endsWith("ing") && antecedentWords.get(0).lower().length() > 4;
            // ("The host, National Resources Defense Council board member Nicole Lederer, has said": longer, when a
            // name closes it and no verb makes it a clause)
            int n = antecedentWords.size();
            boolean named = n >= 2 && n <= MAX_NAMED_ANTECEDENT_WORDS && antecedentWords.get(n - 1).capitalized()
                    && antecedentWords.get(n - 2).capitalized() && !clauses.isClause(antecedent);
            if ((n <= MAX_FRONTED_SUBJECT_WORDS || named) && !participial) {
                speaker = speakers.resolve(antecedent, offset + before + 1);
                boundary = speaker == null ? boundary : before;
            }
        }
        if (speaker == null && opensClause && !lexicon.tellVerbs.contains(verb.word()) && !afterRelativeClause(sentence, verb)) {
            String invertedSubject = sentence.substring(verb.end(), clauseEnd(sentence, verb.end()));
            int nameStart = skipCommas(sentence, clauseEnd(sentence, verb.end()));
            if (speakers.isDescription(invertedSubject) && nameStart < sentence.length()
                    && Character.isUpperCase(sentence.charAt(nameStart))) {
                // "…, said Chartered Professional Accountants of Canada’s chief economist, David-Alexandre Brassard.":
                // the description, then the name
                invertedSubject = sentence.substring(verb.end(), clauseEnd(sentence, nameStart));
            }
            Speaker inverted = speakers.resolve(invertedSubject, offset + verb.end());
            int contentEnd = clauseMarkBefore(sentence, verb.start());
            int after = clauseEnd(sentence, verb.end());
            List<Words.Word> rest = Words.of(sentence.substring(Math.min(after, sentence.length())));
            // but not ", who follows Amazon …" or ", a senior fellow at …", which describe the speaker
            boolean claimGoesOn = contentEnd > 0 && !rest.isEmpty() && !rest.get(0).capitalized()
                    && !lexicon.relatives.contains(rest.get(0).lower()) && !lexicon.articles.contains(rest.get(0).lower())
                    && !lexicon.conjunctions.contains(rest.get(0).lower())
                    && !clauses.isClause(sentence.substring(0, contentEnd));
            if (inverted != null && claimGoesOn && sentence.length() - after > contentEnd) {
                // "The combination, say economists, marks a journey into uncharted territory": the attribution
                // stands inside the claim, after its subject
                claims.add(found, inverted, sentence, skipCommas(sentence, after), sentence.length(), verb.word());
            } else if (inverted != null && contentEnd > 0 && !quotesSpeech(sentence, quotes, contentEnd)) {
                claims.add(found, inverted, sentence, 0, contentEnd, verb.word());
            }
        } else if (speaker != null) {
            int contentStart = content.startOf(sentence, verb);
            if (contentStart >= 0 && boundary > 0 && !afterComplementizer(lower, contentStart)
                    && clauses.isAdjunct(sentence.substring(contentStart))) {
                contentStart = sentence.length();
            }
            if (contentStart >= 0 && contentStart < sentence.length()
                    && INDIRECT_QUESTIONS.contains(wordAt(lower, contentStart, sentence.length()))) {
                // "New research suggests why women may lose out": what is asked or explained, no claim
                contentStart = sentence.length();
            }
            int contentEnd = contentStart >= 0 ? predicateAfter(lower, contentStart, clauseClose > 0 ? clauseClose : sentence.length())
                    : sentence.length();
            Cue contrasted = contentStart >= 0 ? contrastingCue(sentence, lower, quotes, contentStart, contentEnd) : null;
            if (contrasted != null) {
                // "The navy said 40 bodies had been recovered, although other media quoted Soelistyo as saying only
                // three": the claim ends where another source's begins
                contentEnd = boundaryBefore(sentence, contrasted.start(), quotes);
                for (String contrast : UNMARKED_CONTRASTS) {
                    // (or where "while" opens the other source's clause)
                    contentEnd = Math.max(contentEnd, lower.lastIndexOf(" " + contrast + " ", contrasted.start()));
                }
                found.addAll(fromVerb(sentence, lower, offset, quotes, contrasted));
            }
            if (contentStart >= 0 && contentStart < contentEnd && !onlyPunctuation(sentence, contentStart, contentEnd)) {
                addSplit(found, speaker, sentence, contentStart, contentEnd, verb.word(), quotes);
                Cue main = clauseClose > 0 ? usableVerb(sentence, lower, quotes, clauseClose) : null;
                if (main != null) {
                    // "Though authorities have said B, activists have claimed that C": the main clause reports too
                    found.addAll(fromVerb(sentence, lower, offset, quotes, main));
                }
            } else if (contentStart >= 0 && boundary > 0 && !quotesSpeech(sentence, quotes, boundary)
                    && !clauses.isAdjunct(sentence.substring(0, boundary)) && !subordinate(sentence, boundary, verb)
                    && subjectWords.stream().noneMatch(w -> lexicon.relatives.contains(w.lower()))) {
                // "B, X said"; but in "In May, X said" what stands before is when, not what, and "— and whom
                // they've vowed to kill" describes
                claims.add(found, speaker, sentence, Math.min(SentenceText.afterDateline(sentence, 0), boundary), boundary,
                        verb.word());
                participles.trailing(sentence, lower, verb, speaker, found);
            } else if (contentStart < 0 && insertedBetweenCommas(sentence, boundary, verb)) {
                // "energy price shocks, they concluded, have less effect …": the claim goes on after the attribution
                claims.add(found, speaker, sentence, skipCommas(sentence, verb.end()), sentence.length(), verb.word());
            } else if (contentStart < 0) {
                addCoordinated(sentence, lower, quotes, verb, speaker, found);
            }
            speakers.attributed(speaker, offset + verb.start());
            addFrame(sentence, lower, boundary, speaker, found);
        }
        if (speaker != null && subjectWords.size() == 1 && lexicon.pronouns.contains(subjectWords.get(0).lower())) {
            notNamedInOwnClaim(sentence, offset + verb.start(), subjectWords.get(0).text(), speaker, found);
        }
        if (found.isEmpty()) {
            Cue next = usableVerb(sentence, lower, quotes, verb.end());
            if (next != null && boundaryBefore(sentence, next.start(), quotes) > verb.end()) {
                // "He vowed to keep trying, but the BBC's editor Jon Sopel said B": a cue without content gives
                // way to one in a later clause
                return fromVerb(sentence, lower, offset, quotes, next);
            }
            participles.closingClause(sentence, lower, offset, quotes, found);
        }
        found.forEach(f -> speakers.attributed(f.speaker(), offset + f.start()));
        return found;
    }


    /** "Scientists are warning that B": a participle after an auxiliary and before "that" speaks as a verb does. */
    private Cue progressive(String lower, List<int[]> quotes) {
        for (String participle : lexicon.participles.in(lower)) {
            for (String complementizer : lexicon.complementizers) {
                int at = lower.indexOf(" " + participle + " " + complementizer + " ");
                List<Words.Word> before = at > 0 ? Words.of(lower.substring(0, at)) : List.of();
                if (!before.isEmpty() && !inside(quotes, at)
                        && lexicon.auxiliaries.contains(before.get(before.size() - 1).lower())) {
                    // the cue spans "are warning", so that the subject is "Scientists"
                    return new Cue(before.get(before.size() - 1).start(), at + 1 + participle.length(), participle);
                }
                if (!before.isEmpty() && !inside(quotes, at) && contractedSubject(before)) {
                    // "He’s also alleging that B": the auxiliary contracted onto the subject pronoun
                    return new Cue(at + 1, at + 1 + participle.length(), participle);
                }
            }
        }
        return null;
    }

    /** "he says that … if she rejected Moore": the pronoun's speaker is someone other than the person the claim names. */
    private void notNamedInOwnClaim(String sentence, int offset, String pronoun, Speaker speaker, List<Found> found) {
        int start = found.stream().filter(f -> f.speaker() == speaker).mapToInt(Found::start).min().orElse(-1);
        int end = found.stream().filter(f -> f.speaker() == speaker).mapToInt(Found::end).max().orElse(-1);
        Speaker other = start < 0 ? speaker : speakers.notNamedIn(speaker, pronoun, sentence.substring(start, end), offset);
        for (int i = 0; i < found.size() && other != speaker; i++) {
            Found f = found.get(i);
            if (f.speaker() == speaker) {
                found.set(i, new Found(other, f.start(), f.end(), f.kind(), f.cue()));
            }
        }
    }

    /** Whether the words end in a subject pronoun with its auxiliary contracted onto it, and an adverb or none. */
    private boolean contractedSubject(List<Words.Word> before) {
        int last = before.size() - 1;
        if (last > 0 && before.get(last).lower().endsWith("ly") || last > 0 && lexicon.adverbs.contains(before.get(last).lower())) {
            last--;
        }
        String word = before.get(last).lower();
        String stem = Words.withoutContraction(word);
        return !stem.equals(word) && lexicon.subjectPronouns.contains(stem);
    }

    /**
     * "one of the first organizations to fully admit women": an infinitive reports nothing unless "that" gives it a
     * claim ("wanted to stress that B").
     */
    private boolean isBareInfinitive(String lower, Cue verb) {
        int window = Math.max(0, verb.start() - MAX_INFINITIVE_WINDOW);
        if (lexicon.infinitiveMarkers.stream().noneMatch(marker -> lower.lastIndexOf(marker + " ", verb.start()) >= window)) {
            return false;
        }
        List<Words.Word> before = Words.of(lower.substring(Math.max(0, verb.start() - MAX_INFINITIVE_WINDOW), verb.start()));
        int last = before.size() - 1;
        if (last >= 1 && before.get(last).lower().endsWith("ly")) {
            last--;
        }
        List<Words.Word> after = Words.of(lower.substring(verb.end(), Math.min(lower.length(), verb.end() + MAX_INFINITIVE_WINDOW)));
        // (but "Mr. Trump continues to insist his tactics will be worth it" is his claim all the same)
        return last >= 0 && lexicon.infinitiveMarkers.contains(before.get(last).lower())
                && (last == 0 || !CATENATIVES.contains(before.get(last - 1).lower()))
                && (after.isEmpty() || !lexicon.complementizers.contains(after.get(0).lower()));
    }

    /** "the decision to show": the cue is an infinitive. */
    private boolean afterInfinitiveMarker(String lower, int cueStart) {
        List<Words.Word> before = Words.of(lower.substring(Math.max(0, cueStart - MAX_MARKER_LENGTH), cueStart));
        return !before.isEmpty() && lexicon.infinitiveMarkers.contains(before.get(before.size() - 1).lower());
    }

    /**
     * A cue after "but", "although" or "while" opening a clause of its own inside a reported claim, with a subject
     * that is a source: "…, but the ministry said B". Null when the claim holds none.
     */
    private Cue contrastingCue(String sentence, String lower, List<int[]> quotes, int start, int end) {
        for (int comma = sentence.indexOf(", ", start); comma >= 0 && comma < end; comma = sentence.indexOf(", ", comma + 1)) {
            Cue cue = contrastAt(sentence, lower, quotes, comma, comma + 2, end, false);
            if (cue != null) {
                return cue;
            }
        }
        for (String contrast : UNMARKED_CONTRASTS) {
            // "Mr. Trump suggested that A while Mrs. Clinton said B": "while" sets another source against the first
            // without a comma too, when a name follows it
            for (int at = lower.indexOf(" " + contrast + " ", start); at >= 0 && at < end; at = lower.indexOf(" " + contrast + " ", at + 1)) {
                Cue cue = contrastAt(sentence, lower, quotes, at, at + 1, end, true);
                if (cue != null) {
                    return cue;
                }
            }
        }
        return null;
    }

    /** The cue of the clause a contrasting conjunction opens at {@code from}, with a subject of its own; or null. */
    private Cue contrastAt(String sentence, String lower, List<int[]> quotes, int mark, int from, int end, boolean named) {
        List<Words.Word> next = Words.of(sentence.substring(from, Math.min(end, from + 30)));
        if (next.isEmpty() || inside(quotes, mark) || !lexicon.contrasts.contains(next.get(0).lower())
                || named && (next.size() < 2 || !next.get(1).capitalized())) {
            return null;
        }
        Cue cue = usableVerb(sentence, lower, quotes, from);
        int clauseEnd = cue == null ? -1 : boundaryBefore(sentence, cue.start(), quotes);
        String subject = cue == null ? "" : sentence.substring(from + next.get(0).end(), cue.start());
        // "…, but added B" has no subject of its own: the same speaker goes on
        boolean own = cue != null && cue.end() < end && clauseEnd <= from + next.get(0).end() && !subject.isBlank()
                && !clauses.isClause(subject) && Words.of(subject).size() <= MAX_FRONTED_SUBJECT_WORDS;
        return own ? cue : null;
    }

    /**
     * "X said A, adding that B": A and B, both X's. The participle must follow a comma and lead a clause of its
     * own, so that "said A" keeps a participle inside A ("said the talks, lasting a day, went well") whole.
     */
    private void addSplit(List<Found> found, Speaker speaker, String sentence, int start, int end, String cue,
                          List<int[]> quotes) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String participle : lexicon.participles.in(lower)) {
            int colon = afterComma(lower, participle, ':', start);
            if (colon >= 0 && colon < end && !inside(quotes, colon) && Words.of(sentence.substring(start, colon)).size() >= MIN_SPLIT_WORDS) {
                // "…, warning: “…”": the quote is a statement of its own; the reported part ends here
                claims.add(found, speaker, sentence, start, colon, cue);
                return;
            }
            int at = afterComma(lower, participle, ' ', start);
            if (at < 0 || at >= end || inside(quotes, at)) {
                continue;
            }
            int second = at + 2 + participle.length() + 1;
            for (String complementizer : lexicon.complementizers) {
                if (startsWithWord(lower, complementizer, second)) {
                    second += complementizer.length() + 1;
                }
            }
            if (Words.of(sentence.substring(start, at)).size() >= MIN_SPLIT_WORDS
                    && Words.of(sentence.substring(second, end)).size() >= MIN_SPLIT_WORDS) {
                claims.add(found, speaker, sentence, start, at, cue);
                claims.add(found, speaker, sentence, second, end, participle);
                return;
            }
        }
        int colon = sentence.indexOf(':', start);
        if (colon > start && colon < end && !inside(quotes, colon) && startsQuoteAfter(sentence, colon + 1, quotes)
                && Words.of(sentence.substring(start, colon)).size() >= MIN_SPLIT_WORDS) {
            // "he also said that universal agreement is unrealistic: “…”": the quote is a statement of its own
            claims.add(found, speaker, sentence, start, colon, cue);
            return;
        }
        int[] next = secondCue(sentence, lower, start, end);
        if (next != null) {
            // "said A, but he said that B", "said A and added that B": two statements
            String subject = sentence.substring(next[1], next[2]);
            Speaker other = Words.of(subject).isEmpty() ? null : speakers.resolve(subject, next[1]);
            claims.add(found, speaker, sentence, start, next[0], cue);
            // ("and the military said B": a source of its own, though unnamed)
            claims.add(found, other != null && (other.name() != null || other.title() != null) ? other : speaker, sentence,
                    next[3], end, cue);
            return;
        }
        claims.add(found, speaker, sentence, start, end, cue);
    }

    /**
     * In a statement's content, a conjunction, at most a short subject, a speech verb and "that": {conjunction
     * start, subject start, subject end, second content start}, or null.
     */
    private int[] secondCue(String sentence, String lower, int start, int end) {
        for (String conjunction : lexicon.conjunctions) {
            for (int at = spaced(lower, conjunction, start); at >= 0 && at < end; at = spaced(lower, conjunction, at + 1)) {
                int subject = at + conjunction.length() + 2;
                List<Words.Word> words = Words.of(sentence.substring(subject, Math.min(end, subject + MAX_SECOND_SUBJECT_CHARS)));
                for (int w = 0; w < Math.min(MAX_SECOND_SUBJECT_WORDS + 1, words.size()); w++) {
                    int verbStart = subject + words.get(w).start();
                    Cue verb = verbAt(lower, verbStart);
                    if (verb == null) {
                        continue;
                    }
                    int content = skipSpaces(sentence, verb.end());
                    int first = lower.charAt(at - 1) == ',' ? at - 1 : at;
                    for (String complementizer : lexicon.complementizers) {
                        if (startsWithWord(lower, complementizer, content)) {
                            int second = content + complementizer.length() + 1;
                            if (Words.of(sentence.substring(start, first)).size() >= MIN_SPLIT_WORDS
                                    && Words.of(sentence.substring(second, end)).size() >= MIN_SPLIT_WORDS) {
                                return new int[] {first, subject, verbStart, second};
                            }
                        }
                    }
                    List<Words.Word> opener = Words.of(sentence.substring(content, Math.min(end, nextWord(sentence, content))));
                    boolean negated = words.subList(0, w).stream().anyMatch(x -> x.lower().endsWith("n't")
                            || x.lower().endsWith("n’t") || x.lower().equals("not") || x.lower().equals("never"));
                    // (but "it didn’t say when the wagon will go on sale" says nothing)
                    if (lexicon.bare.contains(verb.word()) && content < end && !negated && !opener.isEmpty()
                            && !lexicon.subordinators.contains(opener.get(0).lower()) && !QUESTION_WORDS.contains(opener.get(0).lower())
                            && clauses.isClause(sentence.substring(content, end))
                            && Words.of(sentence.substring(start, first)).size() >= MIN_SPLIT_WORDS
                            && Words.of(sentence.substring(content, end)).size() >= MIN_SPLIT_WORDS) {
                        // "claims both admitted it in person and says he has photographic evidence", "47 percent said
                        // A, and another 43 percent said B": a second claim, without "that"
                        return new int[] {first, subject, verbStart, content};
                    }
                }
            }
        }
        return null;
    }

    private Cue verbAt(String lower, int at) {
        for (String verb : lexicon.verbs.startingAt(lower, at)) {
            if (lower.startsWith(verb, at) && isWordEnd(lower, at + verb.length())) {
                return new Cue(at, at + verb.length(), verb);
            }
        }
        return null;
    }


    /**
     * "Chaudhry said the military had become the target, and blamed a “certain” party", "vowed it would never rule
     * it out, calling the drills a warning": where a second predicate of the speaker's, a speech act after a comma,
     * ends the claim; {@code end} when none does.
     */
    private int predicateAfter(String lower, int start, int end) {
        if (lexicon.subjectPronouns.contains(wordAt(lower, start, end))) {
            // "told Fox News Digital that it received the letter and defended its commitment": the claim is about
            // the speaker, so the speech act joined to its one clause is the speaker's next act (but in "said he
            // pressed his team to …, then trimmed that a little and asked for …" the acts are all the story told)
            int comma = lower.indexOf(',', start);
            for (String and : lexicon.additives) {
                for (int at = lower.indexOf(" " + and + " ", start); at >= 0 && at < end && (comma < 0 || at < comma);
                     at = lower.indexOf(" " + and + " ", at + 1)) {
                    if (lexicon.speechActs.contains(wordAt(lower, at + and.length() + 2, end))) {
                        end = at;
                        break;
                    }
                }
            }
        }
        int at = lower.indexOf(", ", start);
        while (at >= 0 && at < end) {
            int from = at + 2;
            String word = wordAt(lower, from, end);
            if (lexicon.conjunctions.contains(word)) {
                from += word.length() + 1;
                word = wordAt(lower, from, end);
            }
            if (lexicon.speechActs.contains(word)) {
                return at;
            }
            at = lower.indexOf(", ", at + 1);
        }
        return end;
    }

    /**
     * "The department pledged to issue advisories and urged residents to stay vigilant": a verb without content,
     * then one joined to it by "and" with content, both of the same subject.
     */
    private void addCoordinated(String sentence, String lower, List<int[]> quotes, Cue verb, Speaker speaker,
                                List<Found> found) {
        Cue next = usableVerb(sentence, lower, quotes, verb.end());
        if (next == null || boundaryBefore(sentence, next.start(), quotes) > verb.end()
                || !lower.startsWith(" and ", next.start() - 5)) {
            return;
        }
        int contentStart = content.startOf(sentence, next);
        if (contentStart >= 0 && contentStart < sentence.length() && !onlyPunctuation(sentence, contentStart, sentence.length())) {
            addSplit(found, speaker, sentence, contentStart, sentence.length(), next.word(), quotes);
        }
    }




    /**
     * "The U.S. Mountain States are moving away from coal, even as Donald Trump vows to revive it": the verb's clause
     * is subordinate to the one before it, which is the writer's.
     */
    private boolean subordinate(String sentence, int boundary, Cue verb) {
        List<Words.Word> words = Words.of(sentence.substring(boundary + 1, verb.start()));
        for (int w = 0; w < Math.min(2, words.size()); w++) {
            if (lexicon.subordinators.contains(words.get(w).lower()) && !words.get(w).lower().equals("as")
                    || w == 1 && words.get(w).lower().equals("as")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb's clause goes on with capitalised words only, up to where the speaker works: a name. */
    private boolean namedAfter(String sentence, Cue verb) {
        List<Words.Word> words = Words.of(sentence.substring(verb.end(), clauseEnd(sentence, verb.end())));
        int named = 0;
        while (named < words.size() && !lexicon.prepositions.contains(words.get(named).lower())) {
            named++;
        }
        return named > 0 && named <= MAX_NAME_WORDS && words.subList(0, named).stream().allMatch(Words.Word::capitalized)
                && !lexicon.subjectPronouns.contains(words.get(0).lower());
    }

    /** "…, say officials.", "…, said Maria Costa, an economist": a short subject follows the verb. */
    private boolean hasInvertedSubject(String sentence, Cue verb) {
        List<Words.Word> words = Words.of(sentence.substring(verb.end(), clauseEnd(sentence, verb.end())));
        // "…, the source, who said …, told Reuters": whom someone told is no inverted subject
        // (or "…, reported Alexandra Olgin of South Carolina Public Radio": the name, then where the speaker works)
        return !words.isEmpty() && (words.size() <= MAX_FRONTED_SUBJECT_WORDS || namedAfter(sentence, verb))
                && !lexicon.tellVerbs.contains(verb.word()) && !afterRelativeClause(sentence, verb)
                && !lexicon.complementizers.contains(words.get(0).lower())
                && !lexicon.adjuncts.contains(words.get(0).lower()) && !lexicon.prepositions.contains(words.get(0).lower());
    }


    /**
     * "The video above, which was resurfaced by WGN last week, shows Trump in …": a relative clause set off right
     * before the verb, whose subject stands before that clause; what follows the verb is its object, no speaker.
     */
    private boolean afterRelativeClause(String sentence, Cue verb) {
        int comma = sentence.lastIndexOf(',', verb.start());
        // (but "…, which have used lethal force …, said Amnesty International": a name alone after the verb speaks)
        if (comma <= 0 || !sentence.substring(comma + 1, verb.start()).isBlank()
                || Words.of(sentence.substring(verb.end(), clauseEnd(sentence, verb.end()))).size() <= MAX_NAME_WORDS) {
            return false;
        }
        List<Words.Word> inserted = Words.of(sentence.substring(sentence.lastIndexOf(',', comma - 1) + 1, comma));
        return !inserted.isEmpty() && lexicon.relatives.contains(inserted.get(0).lower());
    }

    private void addFrame(String sentence, String lower, int boundary, Speaker speaker, List<Found> found) {
        for (String participle : lexicon.participles.in(lower)) {
            if (!startsWithWord(lower, participle, 0)) {
                continue;
            }
            int start = participle.length() + 1;
            for (String complementizer : lexicon.complementizers) {
                if (startsWithWord(lower, complementizer, start)) {
                    if (boundary > start + complementizer.length()) {
                        claims.add(found, speaker, sentence, start + complementizer.length() + 1, boundary, participle);
                    }
                    return;
                }
            }
            return;
        }
    }

    /** "says that while …": content introduced by "that" is the content, however it opens. */
    private boolean afterComplementizer(String lower, int contentStart) {
        List<Words.Word> before = Words.of(lower.substring(Math.max(0, contentStart - 16), contentStart));
        return !before.isEmpty() && lexicon.complementizers.contains(before.get(before.size() - 1).lower());
    }

}
