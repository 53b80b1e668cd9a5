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
import static io.newsflow.parser.statements.SentenceText.opensWithParticiple;
import static io.newsflow.parser.statements.SentenceText.overlaps;
import static io.newsflow.parser.statements.SentenceText.skipBack;
import static io.newsflow.parser.statements.SentenceText.skipCommas;
import static io.newsflow.parser.statements.SentenceText.skipSpaces;
import static io.newsflow.parser.statements.SentenceText.spaced;
import static io.newsflow.parser.statements.SentenceText.startsWithWord;

import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reported speech in a sentence: who is the subject of a speech verb, and what the verb's content is ("X said
 * that B", "B, X said", "According to X, B", "Stressing that A, X said B", "As X noted, B": {@link AsFrames}). All matching is by plain string search
 * over a lexicon, so no input can make it slow. Who spoke a direct quote is {@link QuoteSpeakers}' job.
 */
final class Attribution {
    /** A statement found in a sentence, with offsets into that sentence. */
    record Found(Speaker speaker, int start, int end, String kind, String cue) {
    }

    /** "…, but he said that …": the second subject is a pronoun or a short name. */
    private static final int MAX_SECOND_SUBJECT_WORDS = 3;
    private static final int MAX_SECOND_SUBJECT_CHARS = 60;
    /** Each part of a statement split at ", adding that" has at least this many words. */
    private static final int MIN_SPLIT_WORDS = 3;
    /** A subject before a clause-opening cue longer than this is the content of an inverted "…, said X". */
    private static final int MAX_FRONTED_SUBJECT_WORDS = 6;
    /** "written by Keir Starmer": the word that brings in a passive participle's agent. */
    private static final String PASSIVE_AGENT = "by";
    /** ", calling them …": a participle after a comma, which a second one may join with "and". */
    private static final Pattern PARTICIPLE_AFTER_COMMA = Pattern.compile(", \\p{L}+ing ");
    /** Room for "the fact" after a verb. */
    private static final int MAX_FACT_OBJECT_LENGTH = 20;
    /** Dashes set off by spaces: " - but …" opens an aside, "hand-written" is one word. */
    private static final List<String> DASHES = List.of(" - ", " – ", " — ");
    /** Room enough before a cue for its infinitive marker ("to "). */
    private static final int MAX_MARKER_LENGTH = 6;
    /** "According to The New York Times the talks …": a name without a comma after it is this short. */
    private static final int MAX_UNSET_NAME_WORDS = 4;
    /** Fewer words than this, quoted inside a clause, are the writer's borrowing, not the speech itself. */
    private static final int MIN_QUOTED_SPEECH_WORDS = 4;
    /** "Prices rose", "сотрудничество расширяется": a claim needs a subject and a verb at least. */
    private static final int MIN_CONTENT_WORDS = 2;
    /** "with some analysts suggesting that": the most words of the participle's own subject. */
    private static final int MAX_ABSOLUTE_SUBJECT_WORDS = 4;

    private final CueLexicon lexicon;
    private final SpeakerResolver speakers;
    private final Subjects subjects;
    private final Clauses clauses;
    private final AsFrames asFrames;

    Attribution(CueLexicon lexicon, SpeakerResolver speakers, Subjects subjects, Clauses clauses) {
        this.lexicon = lexicon;
        this.speakers = speakers;
        this.subjects = subjects;
        this.clauses = clauses;
        this.asFrames = new AsFrames(speakers, lexicon.complementizers);
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
        Cue according = Cue.first(sentence, lower, lexicon.according, quotes, 0);
        Cue verb = usableVerb(sentence, lower, quotes, 0);
        Cue progressive = progressive(lower, quotes);
        verb = progressive != null && (verb == null || progressive.start() < verb.start()) ? progressive : verb;
        // "…,” he said, according to the Intelligencer": the speech verb attributes; the source is only cited
        boolean verbThenSource = according != null && verb != null && verb.start() < according.start()
                && onlyPunctuation(sentence, verb.end(), according.start());
        if (according != null && !verbThenSource) {
            addAccording(sentence, offset, according, found);
            return found;
        }
        if (verb == null) {
            addParticipleClause(sentence, lower, offset, quotes, found);
            if (found.isEmpty()) {
                addAbsoluteParticiple(sentence, lower, offset, quotes, found);
            }
            return found;
        }
        return fromVerb(sentence, lower, offset, quotes, verb);
    }

    /**
     * Whether a quote before {@code end} holds words someone said, which its own attribution reports; a name in
     * quotes (Mugabe's “Blue House” compound) leaves the clause around it to reported speech, and so do a few
     * words quoted inside it (Meghan Markle is “still less popular” than …, a recent poll has shown).
     */
    private static boolean quotesSpeech(String sentence, List<int[]> quotes, int end) {
        for (int[] quote : quotes) {
            String quoted = sentence.substring(Math.min(quote[0] + 1, sentence.length()),
                    Math.min(Math.max(quote[1], quote[0] + 1), sentence.length()));
            boolean inside = Words.of(quoted).size() < MIN_QUOTED_SPEECH_WORDS && !sentence.substring(0, quote[0]).isBlank()
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
        for (String participle : lexicon.participles) {
            int at = afterComma(lower, participle, ' ', verb.end());
            if (at < 0 || inside(quotes, at) || !Words.of(sentence.substring(verb.end(), at)).stream()
                    .allMatch(w -> Character.isUpperCase(w.text().charAt(0)) || lexicon.isTitleWord(w.lower()))) {
                continue;
            }
            int content = afterAdjunct(sentence, lower, at + 2 + participle.length() + 1);
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
                        : speakers.resolve(subject, offset + boundary + 1);
                if (speaker != null && speaker.name() != null) {
                    add(found, speaker, sentence, claim, sentence.length(), participle);
                }
                return;
            }
        }
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
                || clauses.isIdiom(lower, verb.start(), verb.end()) || startsWithWord(lower, PASSIVE_AGENT, skipSpaces(lower, verb.end())))) {
            // "the speech written by Keir Starmer": a participle with its agent reports nothing
            // "investors have been told …, Reuters reported": a passive or refused cue gives way to a later one
            verb = Cue.first(sentence, lower, lexicon.verbs, quotes, verb.end());
        }
        return verb;
    }

    private List<Found> fromVerb(String sentence, String lower, int offset, List<int[]> quotes, Cue verb) {
        List<Found> found = new ArrayList<>();
        int boundary = boundaryBefore(sentence, verb.start(), quotes);
        if (attributesQuote(sentence, boundary, quotes)) {
            addAfterQuote(sentence, lower, offset, quotes, verb, boundary, found);
            return found;
        }
        AsFrames.Framed framed = asFrames.around(sentence, lower, verb, offset);
        if (framed != null) {
            Cue inner = Cue.first(sentence, lower, lexicon.verbs, quotes, framed.start());
            while (inner != null && inner.start() < framed.end() && afterInfinitiveMarker(lower, inner.start())) {
                // "As Uri Friedman pointed out, the decision to show Kim's death was worrisome": an infinitive
                // reports nothing of its own
                inner = Cue.first(sentence, lower, lexicon.verbs, quotes, inner.end());
            }
            if (inner == null || inner.start() >= framed.end()) {
                add(found, framed.speaker(), sentence, framed.start(), framed.end(), verb.word());
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
            speaker = opensClause && Words.of(subject).size() > MAX_FRONTED_SUBJECT_WORDS ? null
                    : speakers.resolve(subject, offset + boundary + 1);
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
        if (speaker == null && subjectWords.size() == 1 && lexicon.conjunctions.contains(subjectWords.get(0).lower())) {
            // "She didn’t give a date, but said SpaceX would fly …": the sentence's subject speaks again
            speaker = subjects.subjectOf(sentence, 0, boundary < 0 ? verb.start() : boundary, offset);
        }
        if (speaker == null && boundary > 0 && !sentence.substring(verb.end()).isBlank()
                && !onlyPunctuation(sentence, verb.end(), sentence.length())
                && !(opensClause && hasInvertedSubject(sentence, verb))) {
            // "Mayor Lund, speaking after the vote, said …": the subject stands before the inserted clause
            int before = boundaryBefore(sentence, boundary, quotes);
            String antecedent = sentence.substring(before + 1, boundary);
            List<Words.Word> antecedentWords = Words.of(antecedent);
            // (but "Wearing the glittering Imperial Crown," is what someone did, no subject)
            boolean participial = lexicon.gerunds && !antecedentWords.isEmpty()
                    && antecedentWords.get(0).lower().endsWith("ing") && antecedentWords.get(0).lower().length() > 4;
            if (antecedentWords.size() <= MAX_FRONTED_SUBJECT_WORDS && !participial) {
                speaker = speakers.resolve(antecedent, offset + before + 1);
                boundary = speaker == null ? boundary : before;
            }
        }
        if (speaker == null && opensClause) {
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
            boolean claimGoesOn = !rest.isEmpty() && !rest.get(0).capitalized()
                    && !lexicon.relatives.contains(rest.get(0).lower()) && !lexicon.articles.contains(rest.get(0).lower())
                    && !lexicon.conjunctions.contains(rest.get(0).lower())
                    && !clauses.isClause(sentence.substring(0, contentEnd));
            if (inverted != null && contentEnd > 0 && claimGoesOn && sentence.length() - after > contentEnd) {
                // "The combination, say economists, marks a journey into uncharted territory": the attribution
                // stands inside the claim, after its subject
                add(found, inverted, sentence, skipCommas(sentence, after), sentence.length(), verb.word());
            } else if (inverted != null && contentEnd > 0 && !quotesSpeech(sentence, quotes, contentEnd)) {
                add(found, inverted, sentence, 0, contentEnd, verb.word());
            }
        } else if (speaker != null) {
            int contentStart = contentStart(sentence, verb);
            if (contentStart >= 0 && boundary > 0 && !afterComplementizer(lower, contentStart)
                    && clauses.isAdjunct(sentence.substring(contentStart))) {
                contentStart = sentence.length();
            }
            int contentEnd = contentStart >= 0 ? predicateAfter(lower, contentStart, clauseClose > 0 ? clauseClose : sentence.length())
                    : sentence.length();
            Cue contrasted = contentStart >= 0 ? contrastingCue(sentence, lower, quotes, contentStart, contentEnd) : null;
            if (contrasted != null) {
                // "The navy said 40 bodies had been recovered, although other media quoted Soelistyo as saying only
                // three": the claim ends where another source's begins
                contentEnd = boundaryBefore(sentence, contrasted.start(), quotes);
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
                    && !clauses.isAdjunct(sentence.substring(0, boundary))) {
                // "B, X said"; but in "In May, X said" what stands before is when, not what
                add(found, speaker, sentence, Math.min(SentenceText.afterDateline(sentence, 0), boundary), boundary,
                        verb.word());
                addTrailingParticiple(sentence, lower, verb, speaker, found);
            } else if (contentStart < 0) {
                addCoordinated(sentence, lower, quotes, verb, speaker, found);
            }
            speakers.attributed(speaker, offset + verb.start());
            addFrame(sentence, lower, boundary, speaker, found);
        }
        if (found.isEmpty()) {
            Cue next = usableVerb(sentence, lower, quotes, verb.end());
            if (next != null && boundaryBefore(sentence, next.start(), quotes) > verb.end()) {
                // "He vowed to keep trying, but the BBC's editor Jon Sopel said B": a cue without content gives
                // way to one in a later clause
                return fromVerb(sentence, lower, offset, quotes, next);
            }
            addParticipleClause(sentence, lower, offset, quotes, found);
        }
        found.forEach(f -> speakers.attributed(f.speaker(), offset + f.start()));
        return found;
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

    /** "Scientists are warning that B": a participle after an auxiliary and before "that" speaks as a verb does. */
    private Cue progressive(String lower, List<int[]> quotes) {
        for (String participle : lexicon.participles) {
            for (String complementizer : lexicon.complementizers) {
                int at = lower.indexOf(" " + participle + " " + complementizer + " ");
                List<Words.Word> before = at > 0 ? Words.of(lower.substring(0, at)) : List.of();
                if (!before.isEmpty() && !inside(quotes, at)
                        && lexicon.auxiliaries.contains(before.get(before.size() - 1).lower())) {
                    // the cue spans "are warning", so that the subject is "Scientists"
                    return new Cue(before.get(before.size() - 1).start(), at + 1 + participle.length(), participle);
                }
            }
        }
        return null;
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
            List<Words.Word> next = Words.of(sentence.substring(comma + 2, Math.min(end, comma + 30)));
            if (next.isEmpty() || inside(quotes, comma) || !lexicon.contrasts.contains(next.get(0).lower())) {
                continue;
            }
            Cue cue = usableVerb(sentence, lower, quotes, comma + 2);
            int clauseEnd = cue == null ? -1 : boundaryBefore(sentence, cue.start(), quotes);
            String subject = cue == null ? "" : sentence.substring(comma + 2 + next.get(0).end(), cue.start());
            // "…, but added B" has no subject of its own: the same speaker goes on
            if (cue != null && cue.end() < end && clauseEnd <= comma + 2 + next.get(0).end() && !subject.isBlank()
                    && !clauses.isClause(subject) && Words.of(subject).size() <= MAX_FRONTED_SUBJECT_WORDS) {
                return cue;
            }
        }
        return null;
    }

    private void addAccording(String sentence, int offset, Cue according, List<Found> found) {
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
            String source = sentence.substring(according.end(), unset);
            Speaker speaker = speakers.resolve(source, offset + according.end());
            if (speaker != null && speaker.name() != null) {
                add(found, speaker, sentence, unset, sentence.length(), according.word());
            }
        } else if (opens && comma > 0) {
            String source = sentence.substring(according.end(), comma);
            Speaker speaker = speakers.orUnnamed(speakers.resolve(source, offset + according.end()), source);
            if (speaker != null) {
                add(found, speaker, sentence, comma + 1, sentence.length(), according.word());
            }
        } else if (!opens && unsetSource(sentence, offset, according) != null) {
            // "B was a “kick in the teeth” according to critics, but …"
            add(found, unsetSource(sentence, offset, according), sentence, 0, according.start(), according.word());
        } else if (!opens && sentence.lastIndexOf(',', according.start()) >= 0) {
            int before = sentence.lastIndexOf(',', according.start());
            boolean trailing = sentence.substring(before + 1, according.start()).isBlank();
            String source = trailing ? sentence.substring(according.end(), clauseEnd(sentence, according.end()))
                    : sentence.substring(0, according.start());
            Speaker speaker = speakers.orUnnamed(
                    speakers.resolve(source, trailing ? offset + according.end() : offset), trailing ? source : "");
            int after = clauseEnd(sentence, according.end());
            boolean inserted = trailing && after < sentence.length()
                    && !onlyPunctuation(sentence, after, sentence.length());
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
                        : trailing ? new int[] {0, before} : new int[] {comma < 0 ? according.end() : comma + 1, sentence.length()};
                add(found, speaker, sentence, span[0], span[1], according.word());
            }
        }
        found.forEach(f -> speakers.attributed(f.speaker(), offset + f.start()));
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
        return headsASource(source)
                ? speakers.orUnnamed(speakers.resolve(source, offset + according.end()), source) : null;
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
                || lexicon.sourceNouns.contains(head.lower()));
    }

    /**
     * "X said A, adding that B": A and B, both X's. The participle must follow a comma and lead a clause of its
     * own, so that "said A" keeps a participle inside A ("said the talks, lasting a day, went well") whole.
     */
    private void addSplit(List<Found> found, Speaker speaker, String sentence, int start, int end, String cue,
                          List<int[]> quotes) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String participle : lexicon.participles) {
            int colon = afterComma(lower, participle, ':', start);
            if (colon >= 0 && colon < end && !inside(quotes, colon) && Words.of(sentence.substring(start, colon)).size() >= MIN_SPLIT_WORDS) {
                // "…, warning: “…”": the quote is a statement of its own; the reported part ends here
                add(found, speaker, sentence, start, colon, cue);
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
                add(found, speaker, sentence, start, at, cue);
                add(found, speaker, sentence, second, end, participle);
                return;
            }
        }
        int[] next = secondCue(sentence, lower, start, end);
        if (next != null) {
            // "said A, but he said that B", "said A and added that B": two statements
            String subject = sentence.substring(next[1], next[2]);
            Speaker other = Words.of(subject).isEmpty() ? null : speakers.resolve(subject, next[1]);
            add(found, speaker, sentence, start, next[0], cue);
            add(found, other != null && other.name() != null ? other : speaker, sentence, next[3], end, cue);
            return;
        }
        add(found, speaker, sentence, start, end, cue);
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
                    for (String complementizer : lexicon.complementizers) {
                        if (startsWithWord(lower, complementizer, content)) {
                            int first = lower.charAt(at - 1) == ',' ? at - 1 : at;
                            int second = content + complementizer.length() + 1;
                            if (Words.of(sentence.substring(start, first)).size() >= MIN_SPLIT_WORDS
                                    && Words.of(sentence.substring(second, end)).size() >= MIN_SPLIT_WORDS) {
                                return new int[] {first, subject, verbStart, second};
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    private Cue verbAt(String lower, int at) {
        for (String verb : lexicon.verbs) {
            if (lower.startsWith(verb, at) && isWordEnd(lower, at + verb.length())) {
                return new Cue(at, at + verb.length(), verb);
            }
        }
        return null;
    }

    /**
     * "The US welcomed the exchange, saying the hostages had suffered": no speech verb, but a participle of
     * speech after a comma reports what the sentence's subject, a name that opens it, said.
     */
    private void addParticipleClause(String sentence, String lower, int offset, List<int[]> quotes, List<Found> found) {
        for (String participle : lexicon.participles) {
            int comma = afterComma(lower, participle, ' ', 0);
            int at = comma >= 0 ? comma : SentenceText.afterDash(lower, participle, ' ', 0);
            int joined = lower.indexOf(" and " + participle + " that ");
            // "calling them a “pure propaganda show” and asserting that B": a participle joined to one after a comma
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
            // ", emphasizing the critical role she played": a participle with only an object reports nothing
            if (OPENERS.indexOf(sentence.charAt(content < sentence.length() ? content : 0)) >= 0
                    || Words.of(sentence.substring(content)).size() < MIN_SPLIT_WORDS
                    || !complemented && !clauses.hasAuxiliary(sentence.substring(content))
                    && !clauses.isClauseWithoutRelative(sentence.substring(content))) {
                return;
            }
            int clause = boundaryBefore(sentence, at, quotes) + 1;
            Speaker speaker = subjects.subjectOf(sentence, clause, at, offset);
            if (speaker == null && clause > 0) {
                speaker = subjects.subjectOf(sentence, 0, at, offset);
            }
            if (speaker != null) {
                add(found, speaker, sentence, content, sentence.length(), participle);
                speakers.attributed(speaker, offset + at);
            }
            return;
        }
    }

    /**
     * "Chaudhry said the military had become the target, and blamed a “certain” party": where a second predicate of
     * the speaker's, a speech act after ", and", ends the claim; {@code end} when none does.
     */
    private int predicateAfter(String lower, int start, int end) {
        int at = lower.indexOf(", and ", start);
        while (at >= 0 && at < end) {
            List<Words.Word> next = Words.of(lower.substring(at + 6, Math.min(end, at + 40)));
            String word = next.isEmpty() ? "" : next.get(0).lower();
            if (lexicon.speechActs.contains(word)) {
                return at;
            }
            at = lower.indexOf(", and ", at + 1);
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
        int contentStart = contentStart(sentence, next);
        if (contentStart >= 0 && contentStart < sentence.length() && !onlyPunctuation(sentence, contentStart, sentence.length())) {
            addSplit(found, speaker, sentence, contentStart, sentence.length(), next.word(), quotes);
        }
    }

    /**
     * "The shift has sparked concern, with some analysts suggesting that B": a participle with a subject of its own
     * after "with" reports what that subject said.
     */
    private void addAbsoluteParticiple(String sentence, String lower, int offset, List<int[]> quotes, List<Found> found) {
        for (String participle : lexicon.participles) {
            for (String complementizer : lexicon.complementizers) {
                int at = lower.indexOf(" " + participle + " " + complementizer + " ");
                int with = at < 0 ? -1 : lastWordBefore(lower, lexicon.absolutes, at);
                if (with < 0 || inside(quotes, at) || sentence.substring(with, at).contains(",")
                        || Words.of(sentence.substring(with, at)).size() > MAX_ABSOLUTE_SUBJECT_WORDS) {
                    continue;
                }
                Speaker speaker = speakers.resolve(sentence.substring(with, at), offset + with);
                int content = at + participle.length() + complementizer.length() + 3;
                if (speaker != null && Words.of(sentence.substring(content)).size() >= MIN_SPLIT_WORDS) {
                    add(found, speaker, sentence, content, sentence.length(), participle);
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

    /**
     * "saying in a statement that B": where the complementizer after a short adjunct stands, so that the content
     * starts there; {@code at} itself when no adjunct and complementizer follow.
     */
    private int afterAdjunct(String sentence, String lower, int at) {
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

    /** "…, say officials.", "…, said Maria Costa, an economist": a short subject follows the verb. */
    private boolean hasInvertedSubject(String sentence, Cue verb) {
        List<Words.Word> words = Words.of(sentence.substring(verb.end(), clauseEnd(sentence, verb.end())));
        return !words.isEmpty() && words.size() <= MAX_FRONTED_SUBJECT_WORDS
                && !lexicon.complementizers.contains(words.get(0).lower())
                && !lexicon.adjuncts.contains(words.get(0).lower()) && !lexicon.prepositions.contains(words.get(0).lower());
    }

    /** "Stressing that A, X said B": A, with the speaker of B. */
    /** "B, he said, adding that C": C is the same speaker's. */
    private void addTrailingParticiple(String sentence, String lower, Cue verb, Speaker speaker, List<Found> found) {
        int at = skipCommas(sentence, skipSpaces(sentence, verb.end()));
        if (at <= verb.end() || sentence.charAt(skipBack(sentence, at)) != ',') {
            return;
        }
        for (String participle : lexicon.participles) {
            if (!startsWithWord(lower, participle, at)) {
                continue;
            }
            int content = skipSpaces(sentence, at + participle.length());
            for (String complementizer : lexicon.complementizers) {
                if (startsWithWord(lower, complementizer, content)) {
                    add(found, speaker, sentence, content + complementizer.length(), sentence.length(), participle);
                    return;
                }
            }
            return;
        }
    }

    private void addFrame(String sentence, String lower, int boundary, Speaker speaker, List<Found> found) {
        for (String participle : lexicon.participles) {
            if (!startsWithWord(lower, participle, 0)) {
                continue;
            }
            int start = participle.length() + 1;
            for (String complementizer : lexicon.complementizers) {
                if (startsWithWord(lower, complementizer, start)) {
                    if (boundary > start + complementizer.length()) {
                        add(found, speaker, sentence, start + complementizer.length() + 1, boundary, participle);
                    }
                    return;
                }
            }
            return;
        }
    }

    /**
     * Where a verb's content starts: after "that", after the object of "told", right after a verb that takes a
     * bare clause, or at the sentence end for "…, he said." -1 when there is no content of its own: a quote or a
     * colon follows (the quote is the statement), or a verb that needs "that" has none ("responded to questions").
     */
    private int contentStart(String sentence, Cue verb) {
        int i = skipSpaces(sentence, verb.end());
        int next = skipCommas(sentence, i);
        if (next < sentence.length() && (sentence.charAt(next) == ':' || OPENERS.indexOf(sentence.charAt(next)) >= 0)) {
            return -1;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        int parenthetical = afterParenthetical(sentence, lower, i);
        if (parenthetical >= 0) {
            return parenthetical;
        }
        List<Words.Word> following = Words.of(sentence.substring(next));
        // "…, he said, swiping at Liz Truss", "…, he said, adding that C": a participle after the attribution is the
        // writer's, or a claim of its own (see addTrailingParticiple)
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
        int maxWords = tellsSomeone ? Clauses.MAX_OBJECT_WORDS : adjunct ? Clauses.MAX_ADJUNCT_WORDS : fact ? 2 : 0;
        int j = i;
        for (int word = 0; word <= maxWords && j < sentence.length(); word++) {
            j = skipCommas(sentence, j);
            boolean clauseGoesOn = j + 1 < sentence.length() && Character.isLowerCase(sentence.charAt(j + 1));
            if (word > 0 && (sentence.charAt(j - 1) == ':' || j > 1 && sentence.charAt(j - 2) == ':'
                    || OPENERS.indexOf(sentence.charAt(j)) >= 0 && !clauses.isClause(sentence.substring(i, j)) && !clauseGoesOn)) {
                // "told Newsweek: “…": the quote after the one it was told to is the statement; but in "argued this
                // was “a theft”" the quote stands inside the claim
                return -1;
            }
            for (String complementizer : lexicon.complementizers) {
                if (lower.startsWith(complementizer, j) && isWordEnd(lower, j + complementizer.length())) {
                    return skipCommas(sentence, j + complementizer.length());
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
        if (takesClause && onlyWhenOrWhom && onlyPunctuation(sentence, clauseEnd(sentence, i), sentence.length())) {
            // "…, the Tuva government was quoted as saying late Thursday by the Interfax news agency.", "…, the
            // source further claimed to the outlet.": only when, where or to whom follow the verb, so what it
            // reports stands before it
            return sentence.length();
        }
        if (lexicon.bareClause.contains(verb.word()) && clauses.isClause(sentence.substring(i))
                || lexicon.auxClause.contains(verb.word()) && clauses.hasAuxiliary(sentence.substring(i))) {
            return i;
        }
        if (lexicon.directives.contains(verb.word()) && clauses.isDirective(lower, i)) {
            // "He urged residents to avoid flooded areas": whom, and what they were urged to do
            return i;
        }
        if (!lexicon.bare.contains(verb.word()) || tellsSomeone && clauses.isDirective(lower, i)) {
            return -1;
        }
        if (tellsSomeone && Words.of(sentence.substring(i)).size() <= Clauses.MAX_OBJECT_WORDS
                && onlyPunctuation(sentence, clauseEnd(sentence, i), sentence.length())) {
            // "But the public did, Inguanzo told Live Science.": only whom it was told follows the verb
            return sentence.length();
        }
        List<Words.Word> content = Words.of(sentence.substring(i, Math.min(sentence.length(), nextWord(sentence, i))));
        if (!tellsSomeone && !content.isEmpty() && lexicon.conjunctions.contains(content.get(0).lower())) {
            // "what the president is allowed to say and do": the verb has no content of its own
            return -1;
        }
        int start = tellsSomeone ? nextWord(sentence, i) : i;
        List<Words.Word> told = Words.of(sentence.substring(Math.min(start, sentence.length()),
                Math.min(sentence.length(), nextWord(sentence, Math.min(start, sentence.length())))));
        if (!told.isEmpty() && lexicon.topicMarkers.contains(told.get(0).lower())) {
            // "she told Harris about abuse she was suffering": what it was about, not what was said
            return -1;
        }
        return start;
    }

    /** "says that while …": content introduced by "that" is the content, however it opens. */
    private boolean afterComplementizer(String lower, int contentStart) {
        List<Words.Word> before = Words.of(lower.substring(Math.max(0, contentStart - 16), contentStart));
        return !before.isEmpty() && lexicon.complementizers.contains(before.get(before.size() - 1).lower());
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

    private void add(List<Found> found, Speaker speaker, String sentence, int start, int end, String cue) {
        int s = start;
        int e = asideAfterDash(sentence, start, Math.min(end, sentence.length()));
        while (s < e && (Character.isWhitespace(sentence.charAt(s)) || ",;:—–-".indexOf(sentence.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(sentence.charAt(e - 1)) || ".,;:!?—–-".indexOf(sentence.charAt(e - 1)) >= 0)) {
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
}
