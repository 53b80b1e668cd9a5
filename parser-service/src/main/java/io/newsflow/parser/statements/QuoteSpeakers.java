package io.newsflow.parser.statements;

import static io.newsflow.parser.statements.SentenceText.boundaryBefore;
import static io.newsflow.parser.statements.SentenceText.clauseEnd;
import static io.newsflow.parser.statements.SentenceText.inside;
import static io.newsflow.parser.statements.SentenceText.isWordEnd;
import static io.newsflow.parser.statements.SentenceText.isWordStart;
import static io.newsflow.parser.statements.SentenceText.onlyPunctuation;
import static io.newsflow.parser.statements.SentenceText.skipBack;
import static io.newsflow.parser.statements.SentenceText.skipSpaces;
import static io.newsflow.parser.statements.SentenceText.startsQuote;
import static io.newsflow.parser.statements.SentenceText.startsWithWord;

import io.newsflow.contracts.Speaker;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Who spoke a direct quote: the speaker named right after it, right before it, or the sentence's subject. */
final class QuoteSpeakers {
    /** "shared by Ukraine": the word that brings in a passive participle's agent. */
    private static final String PASSIVE_AGENT = "by";
    /** "Ishiba was asked, “…”": what ends the text before a quote after its verb. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,:]+$");
    /** "“…?” Matiullah Matie asks": the most words of a subject before the verb that attributes a quote. */
    private static final int MAX_ATTRIBUTION_SUBJECT_WORDS = 5;
    /** Who spoke a quote, and the verb that says so. */
    record Speech(Speaker speaker, String cue) {
    }

    private static final int MAX_ATTRIBUTION_GAP = 180;
    /** "tweeted this announcement:", "issued the following statement:": what was said, named in a few words. */
    private static final int MAX_ANNOUNCEMENT_WORDS = 3;
    /** "acknowledged his limitations in evaluating the situation:": the most words of a topic before a quote. */
    private static final int MAX_TOPIC_WORDS = 8;
    /** "Michael Shadlen, Ph.D.": a signature is a name of a few words and a few more of degrees or titles. */
    private static final int MAX_SIGNATURE_WORDS = 4;
    /** Eight words of a signature, long ones, with their spaces and commas. */
    private static final int MAX_SIGNATURE_CHARS = 160;
    /** "the cause was “distressing,” he wrote": a clause before a quote has a subject and a verb at least. */
    private static final int MIN_CLAUSE_WORDS = 3;
    /** A dash and a capitalised name, and nothing else: the signature of a pull quote. */
    private static final Pattern SIGNATURE = Pattern.compile("\\s*[—–]\\s*(\\p{Lu}[\\p{L}.’' -]{1,60}?)\\s*");

    private final CueLexicon lexicon;
    private final SpeakerResolver speakers;
    private final Subjects subjects;
    private final Clauses clauses;

    QuoteSpeakers(CueLexicon lexicon, SpeakerResolver speakers, Subjects subjects, Clauses clauses) {
        this.lexicon = lexicon;
        this.speakers = speakers;
        this.subjects = subjects;
        this.clauses = clauses;
    }

    /** The speaker named right after a closing quote mark: "…,” the minister added." / "…», — заявил X." */
    Speech after(String snippet, int offset) {
        String lower = snippet.toLowerCase(Locale.ROOT);
        Cue verb = Cue.first(snippet, lower, lexicon.quoteVerbs, List.of(), 0);
        while (verb != null && startsWithWord(lower, PASSIVE_AGENT, skipSpaces(lower, verb.end()))) {
            // "“… the interests” mutually shared by Ukraine and the U.S., he warned": a participle with its agent
            verb = Cue.first(snippet, lower, lexicon.quoteVerbs, List.of(), verb.end());
        }
        if (verb == null || verb.start() > MAX_ATTRIBUTION_GAP || startsQuote(snippet, verb.start())) {
            return null;
        }
        int content = skipSpaces(lower, verb.end());
        if (lexicon.complementizers.stream().anyMatch(c -> startsWithWord(lower, c, content) || lower.startsWith(c + ",", content))) {
            // "… from “classical Marxism,” he essentially said that, under Kawaida, B": the verb reports its own clause
            return null;
        }
        boolean inverted = onlyPunctuation(snippet, 0, verb.start());
        if (!inverted && skipSpaces(snippet, verb.end()) < snippet.length() && snippet.charAt(skipSpaces(snippet, verb.end())) == ':') {
            // "as to her “Fav Ex,” she wrote: “Naw, I’m just playing!”": the verb introduces the quote after the colon
            return null;
        }
        if (!inverted && !lexicon.verbs.contains(verb.word()) && !endsAttribution(lower, verb.end())) {
            // "“substantially all” – the Alibaba shares being left behind …": a word that attributes only a quote
            // beside it ("she shares.", "the sign reads, “…”") ends its clause; here it is a noun
            return null;
        }
        String beforeVerb = snippet.substring(0, verb.start());
        if (!inverted && clauses.holdsClause(beforeVerb.substring(beforeVerb.lastIndexOf(", ") + 1))) {
            // "…” at the release, adding that the family had asked": a clause, not the subject of "asked"; but in
            // "…” in that law, Azzouz said" the phrase before the comma is no clause
            return null;
        }
        String subject = inverted ? snippet.substring(verb.end(), clauseEnd(snippet, verb.end()))
                : snippet.substring(0, verb.start());
        String trimmedSubject = subject.stripTrailing();
        int lastComma = trimmedSubject.lastIndexOf(", ");
        List<Words.Word> goesOn = lastComma > 0 ? Words.of(subject.substring(0, lastComma)) : List.of();
        List<Words.Word> last = lastComma > 0 ? Words.of(trimmedSubject.substring(lastComma)) : List.of();
        if (!inverted && !goesOn.isEmpty() && !goesOn.get(0).capitalized() && clauses.hasAuxiliary(subject.substring(0, lastComma))
                && !(last.size() == 1 && lexicon.pronouns.contains(last.get(0).lower()))) {
            // "“Some computers crashed …” in the emergency center had access to computers, the report said": the
            // quote's sentence goes on, and who said it follows the last comma
            subject = subject.substring(lastComma + 2);
        }
        List<Words.Word> subjectWords = Words.of(subject);
        List<Words.Word> lastClause = Words.of(subject.substring(subject.lastIndexOf(", ") + 1));
        if (!inverted && !lastClause.isEmpty() && lexicon.relatives.contains(lastClause.get(0).lower())) {
            // "the “mastermind” behind the attacks, which Israeli figures say killed 1,200": the verb reports the
            // relative clause, not the quote
            return null;
        }
        if (!inverted && !subjectWords.isEmpty() && !subjectWords.get(0).lower().equals("as")
                && lexicon.subordinators.contains(subjectWords.get(0).lower())) {
            // "… the word “We”, though he later asked …": a clause of its own follows the quote, no attribution
            return null;
        }
        Speaker resolved = speakers.resolve(subject, inverted ? offset + verb.end() : offset);
        int adjunct = inverted && resolved == null ? firstAdjunct(subject) : -1;
        if (adjunct > 0) {
            // "…,” said Mary Ann Zollman at an event to launch their book at Loyola University.": where and when
            // she said it follow the name
            subject = subject.substring(0, adjunct);
            resolved = speakers.resolve(subject, offset + verb.end());
        }
        // "…,” the description on the website reads.": a source the article does not name is still the source
        Speaker speaker = speakers.orUnnamed(resolved, subject);
        int comma = subject.lastIndexOf(", ");
        if (!inverted && comma >= 0 && speaker == null) {
            List<Words.Word> after = Words.of(subject.substring(comma + 1));
            Speaker named = after.isEmpty() || lexicon.subordinators.contains(after.get(0).lower())
                    || lexicon.conjunctions.contains(after.get(0).lower()) ? null
                    : speakers.resolve(subject.substring(comma + 2), offset + comma + 2);
            // "“We must pay attention to what is written” in that law, Azzouz said": the subject after the phrase
            speaker = named != null && named.name() != null ? named : speaker;
        }
        speakers.attributed(speaker, offset);
        return speaker == null ? null : new Speech(speaker, verb.word());
    }

    /** Where the first word that opens an adjunct ("at", "during", "on") stands after the first word, or -1. */
    private int firstAdjunct(String subject) {
        List<Words.Word> words = Words.of(subject);
        for (int i = 1; i < words.size(); i++) {
            if (lexicon.adjuncts.contains(words.get(i).lower())) {
                return words.get(i).start();
            }
        }
        return -1;
    }

    /**
     * Whether a quote that the words after it attribute stands inside a clause the writer began: "Four doctor
     * appointments failed to find the cause, which was “extremely distressing,” wrote Taylor" reports the clause,
     * quote and all. The words before the quote are a clause of a few words with no speech verb, not an adjunct
     * ending in a comma or colon ("In a statement, “…,” he said").
     */
    boolean quotedInClause(String before) {
        String trimmed = before.stripTrailing();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return Words.of(trimmed).size() >= MIN_CLAUSE_WORDS && !trimmed.endsWith(",") && !trimmed.endsWith(":")
                && !trimmed.endsWith("—") && Cue.first(trimmed, lower, lexicon.quoteVerbs, List.of(), 0) == null
                && lexicon.participles.stream().noneMatch(lower::contains);
    }

    /**
     * Who introduces the block after this paragraph: a last sentence that ends in a colon or an ellipsis and whose
     * speech verb has a named subject ("Google confirmed this in a statement…", "Lavrov told reporters:"), so that
     * the next paragraph, set off without quote marks, is what they said; null otherwise.
     */
    Speech introducing(String paragraph, int offset) {
        String trimmed = paragraph.stripTrailing();
        if (!trimmed.endsWith(":") && !trimmed.endsWith("…")) {
            return null;
        }
        int start = Math.max(trimmed.lastIndexOf(". "), Math.max(trimmed.lastIndexOf("? "), trimmed.lastIndexOf("! "))) + 1;
        String sentence = trimmed.substring(start, trimmed.length() - 1);
        Cue verb = Cue.first(sentence, sentence.toLowerCase(Locale.ROOT), lexicon.quoteVerbs, List.of(), 0);
        if (verb == null) {
            return null;
        }
        // "In a wide-ranging interview, President Obama also said:": the subject is in the verb's own clause
        int clause = boundaryBefore(sentence, verb.start(), List.of()) + 1;
        Speaker speaker = subjects.subjectOf(sentence, clause, verb.start(), offset + start);
        if (speaker == null && clause > 0) {
            speaker = subjects.subjectOf(sentence, 0, verb.start(), offset + start);
        }
        return speaker == null ? null : new Speech(speaker, verb.word());
    }

    /**
     * "Uber stepped in and tweeted this announcement: “…”": a speech verb, then what was said named by a noun of
     * sources, then a colon; the speaker is the clause's named subject, or null.
     */
    private Speech announced(String snippet, String lower, int end, int offset) {
        if (!snippet.stripTrailing().endsWith(":")) {
            return null;
        }
        for (String verb : lexicon.quoteVerbs.in(lower)) {
            int at = lower.lastIndexOf(verb, end - 1);
            if (at < 0 || !isWordStart(lower, at) || !isWordEnd(lower, at + verb.length())) {
                continue;
            }
            String object = snippet.substring(at + verb.length(), end);
            List<Words.Word> named = Words.of(object);
            // "acknowledged his limitations in evaluating the situation: “…”": what the quote is about, no clause
            boolean about = named.size() <= MAX_TOPIC_WORDS && !named.isEmpty()
                    && lexicon.possessives.contains(named.get(0).lower()) && !clauses.isClause(object);
            if (named.isEmpty() || !about && (named.size() > MAX_ANNOUNCEMENT_WORDS
                    || !lexicon.sourceNouns.contains(named.get(named.size() - 1).lower()))) {
                continue;
            }
            int clause = boundaryBefore(snippet, at, List.of()) + 1;
            // "Concluded the researchers: “…”": the verb first, then who spoke
            Speaker speaker = snippet.substring(clause, at).isBlank()
                    ? speakers.orUnnamed(speakers.resolve(snippet.substring(at + verb.length(), end), offset + at + verb.length()),
                            snippet.substring(at + verb.length(), end))
                    : subjects.subjectOf(snippet, clause, at, offset);
            speakers.attributed(speaker, offset + at);
            return speaker == null ? null : new Speech(speaker, verb);
        }
        return null;
    }

    /**
     * "Michael Shadlen, Ph.D.": a paragraph that is only a person's name, with their degrees after a comma, signing
     * the block quote above it; null for any other paragraph.
     */
    Speaker signature(String paragraph, int offset) {
        if (paragraph.length() > MAX_SIGNATURE_CHARS) {
            // most paragraphs are prose: too long to be a name with a few degrees, and not worth cutting into words
            return null;
        }
        String name = paragraph.strip();
        int comma = name.indexOf(',');
        name = comma > 0 ? name.substring(0, comma) : name;
        List<Words.Word> words = Words.of(name);
        // "SEARCHING THROUGH THE NIGHT": a heading in capitals signs nothing
        if (words.size() < 2 || words.size() > MAX_SIGNATURE_WORDS || !words.stream().allMatch(Words.Word::capitalized)
                || name.equals(name.toUpperCase(Locale.ROOT))
                || comma > 0 && (Words.of(paragraph.substring(comma)).size() > MAX_SIGNATURE_WORDS
                        || Words.of(paragraph.substring(comma)).stream().anyMatch(w -> !w.capitalized()))) {
            // "Abu Hassan Amer, 44, agreed.": a sentence, no signature
            return null;
        }
        Speaker speaker = speakers.resolve(name, offset);
        return speaker != null && speaker.name() != null && speaker.name().indexOf(' ') > 0 ? speaker : null;
    }

    /** "“… George R.R. Martin.” — Neil Gaiman": the name that signs a pull quote, all that follows it. */
    Speech signed(String rest, int offset) {
        Matcher signed = SIGNATURE.matcher(rest);
        if (!signed.matches()) {
            return null;
        }
        Speaker speaker = speakers.resolve(signed.group(1), offset + signed.start(1));
        return speaker == null || speaker.name() == null ? null : new Speech(speaker, null);
    }

    /**
     * The verb right after a closing mark with nothing after it ("…” dedi.", "…”, - deyə bildirib."): in
     * verb-final languages the speaker stands before the quote; null when the snippet is not such a bare verb.
     */
    String bareVerbAfter(String snippet) {
        String lower = snippet.toLowerCase(Locale.ROOT);
        Cue verb = Cue.first(snippet, lower, lexicon.verbs, List.of(), 0);
        if (verb == null || !onlyPunctuation(snippet, 0, verb.start())
                || !onlyPunctuation(snippet, verb.end(), snippet.length())) {
            return null;
        }
        return verb.word();
    }

    /**
     * The named subject of a sentence whose quote follows a colon without a speech verb: "Buckley, who phoned in
     * from the set of “Fargo,” had a similar experience: “…”".
     */
    Speech colonSubject(String sentenceBefore, int offset) {
        String trimmed = sentenceBefore.stripTrailing();
        if (!trimmed.endsWith(":")) {
            return null;
        }
        Speaker owner = possessorOfSpeech(trimmed, offset);
        Speaker speaker = owner != null ? owner : subjects.subjectOf(trimmed, 0, trimmed.length() - 1, offset);
        if (speaker == null || speaker.name().indexOf(' ') < 0) {
            // only a person named in full: "Here is how bad it got:" names nobody
            return null;
        }
        speakers.attributed(speaker, offset);
        return new Speech(speaker, null);
    }

    /** "Maybe his latest response will settle the matter once and for all: “…”": the owner of the words named. */
    private Speaker possessorOfSpeech(String before, int offset) {
        List<Words.Word> words = Words.of(before);
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i).lower();
            boolean owned = lexicon.possessives.contains(word) && (lexicon.speechNouns.contains(words.get(i + 1).lower())
                    || i + 2 < words.size() && lexicon.speechNouns.contains(words.get(i + 2).lower()));
            if (owned) {
                return speakers.possessor(word, offset + words.get(i).start());
            }
        }
        return null;
    }

    /**
     * Where a telling cue stands that only whom it was told follows up to {@code end}: "Morrison told the
     * Intelligence Committee, “…”", "told Newsweek: “…”"; -1 if none.
     */
    private int toldWhom(String lower, String verb, int end) {
        int at = lower.lastIndexOf(verb, end - verb.length() - 1);
        if (at < 0 || !isWordStart(lower, at) || !isWordEnd(lower, at + verb.length())
                || !clauses.tellsSomeone(lower, verb, skipSpaces(lower, at + verb.length()))) {
            return -1;
        }
        List<Words.Word> words = Words.of(lower.substring(at + verb.length(), end));
        // "told CNN that Trump “…”": a complementizer makes it reported speech with a quote inside
        boolean reported = words.stream().anyMatch(w -> lexicon.complementizers.contains(w.lower()));
        return !words.isEmpty() && words.size() <= Clauses.MAX_OBJECT_WORDS && !reported ? at : -1;
    }

    /**
     * Where a speech verb stands that only a short adjunct or an adverb follows up to {@code end}: "Roof said of
     * Sheppard, “…”", "said in an emailed statement: “…”", "said almost incredulously, “…”"; -1 if none.
     */
    private int beforeAdjunct(String snippet, String lower, String verb, int end) {
        int at = lower.lastIndexOf(verb, end - verb.length() - 1);
        if (at < 0 || !isWordStart(lower, at) || !isWordEnd(lower, at + verb.length())
                || !Cue.isVerbAt(snippet, lower, verb, at)) {
            return -1;
        }
        return clauses.leadsToQuote(lower.substring(at + verb.length(), end)) ? at : -1;
    }

    /** Whether nothing but punctuation, a quote or a short adjunct ("with CNN", "in a statement") follows the verb. */
    private boolean endsAttribution(String lower, int verbEnd) {
        int next = skipSpaces(lower, verbEnd);
        if (next >= lower.length() || ",.;:!?—–-“\"”".indexOf(lower.charAt(next)) >= 0) {
            return true;
        }
        List<Words.Word> words = Words.of(lower.substring(next));
        return !words.isEmpty() && (lexicon.adjuncts.contains(words.get(0).lower())
                || lexicon.objectPronouns.contains(words.get(0).lower()));
    }

    /**
     * Whether a sentence after a quote opens with its attribution: "Trump tweeted.", "Matiullah Matie asks as he
     * steers …" — but not "The prime minister admitted that he did.", a claim of its own.
     */
    boolean opensWithAttribution(String sentence) {
        List<Words.Word> words = Words.of(sentence);
        for (int i = 0; i < words.size() && i <= MAX_ATTRIBUTION_SUBJECT_WORDS; i++) {
            String word = words.get(i).lower();
            if (lexicon.verbs.contains(word) || lexicon.quoteVerbs.contains(word)) {
                return i + 1 >= words.size() || !lexicon.complementizers.contains(words.get(i + 1).lower());
            }
        }
        return false;
    }

    /** Whether the text before a quote ends in a passive speech verb: "Ishiba was asked, “…”". */
    boolean afterPassive(String before) {
        List<Words.Word> words = Words.of(before);
        int last = words.size() - 1;
        if (last < 1 || !onlyPunctuation(before, words.get(last).end(), before.length())
                || !lexicon.verbs.contains(words.get(last).lower()) || !lexicon.passives.contains(words.get(last - 1).lower())) {
            return false;
        }
        String lower = TRAILING_PUNCTUATION.matcher(before.toLowerCase(Locale.ROOT)).replaceFirst("");
        // (but not "That being said, “…”")
        return lexicon.idioms.stream().noneMatch(lower::endsWith);
    }

    /** The subject that opens a sentence before its quote: "Bakan Yılmaz, “…” dedi." */
    Speech subjectBefore(String snippet, String cue, int offset) {
        Speaker speaker = speakers.resolve(snippet, offset);
        speakers.attributed(speaker, offset);
        return speaker == null ? null : new Speech(speaker, cue);
    }

    /** The speaker named right before an opening quote mark: "the minister said: “…" / ", he said, “…". */
    Speech before(String snippet, int offset) {
        String lower = snippet.toLowerCase(Locale.ROOT);
        int end = lower.length();
        while (end > 0 && (Character.isWhitespace(lower.charAt(end - 1)) || ",:—–-".indexOf(lower.charAt(end - 1)) >= 0)) {
            end--;
        }
        for (String verb : lexicon.quoteVerbs.in(lower)) {
            int cueStart = lower.startsWith(verb, end - verb.length()) && isWordStart(lower, end - verb.length())
                    ? end - verb.length() : toldWhom(lower, verb, end);
            cueStart = cueStart >= 0 ? cueStart : beforeAdjunct(snippet, lower, verb, end);
            if (cueStart >= 0 && clauses.isPassive(lower, cueStart)) {
                // "When Karenga was asked to distinguish Kawaida from “…”": whoever asked is not said
                return null;
            }
            if (cueStart >= 0) {
                int boundary = boundaryBefore(snippet, cueStart, List.of());
                // "J. David Cox Sr., who also represents Energy employees, warned against “…”": past a relative clause
                String subject = subjects.subject(snippet, boundary, cueStart, List.of());
                int head = subjects.appositiveHead(snippet, boundary, subject, List.of());
                Speaker speaker = head == Subjects.NO_HEAD ? null
                        : speakers.resolve(snippet.substring(head + 1, boundary), offset + head + 1);
                if (speaker == null || speaker.name() == null) {
                    speaker = speakers.resolve(subject, offset + Subjects.start(snippet, subject, boundary, cueStart));
                }
                speakers.attributed(speaker, offset + cueStart);
                return speaker == null ? null : new Speech(speaker, verb);
            }
        }
        Speech announced = announced(snippet, lower, end, offset);
        if (announced != null) {
            return announced;
        }
        for (String according : lexicon.according) {
            int at = SentenceText.skipSpaces(lower, 0);
            String source = lower.startsWith(according, at) ? snippet.substring(at + according.length(), end) : "";
            List<Words.Word> last = Words.of(source.substring(source.lastIndexOf(',') + 1));
            // "According to his aunt, Jane Starner, “He was brilliant …”": the source is the quote's speaker; but in
            // "According to the man, the steroids “had …”" and "According to federal prosecutors, China's Ministry of
            // Public Security “has …”" the quote is part of the reported claim
            boolean setOff = end < snippet.length() && snippet.substring(end).strip().length() > 0;
            if (!last.isEmpty() && (source.indexOf(',') < 0 || last.get(0).capitalized() && setOff)) {
                Speaker speaker = speakers.orUnnamed(speakers.resolve(source, offset + at + according.length()), source);
                speakers.attributed(speaker, offset + at);
                return speaker == null ? null : new Speech(speaker, according);
            }
        }
        return participle(snippet, offset);
    }

    /**
     * "Liu said that …, warning: “…”", "Amazon released a statement saying, “…”", "Ishiba brushed Tamaki off, saying
     * only, “…”": a participle of speech right before the quote, whose subject is the sentence's; null if none.
     */
    Speech participle(String snippet, int offset) {
        String lower = snippet.toLowerCase(Locale.ROOT);
        int end = lower.length();
        while (end > 0 && (Character.isWhitespace(lower.charAt(end - 1)) || ",:—–-".indexOf(lower.charAt(end - 1)) >= 0)) {
            end--;
        }
        int lastStart = lower.lastIndexOf(' ', end - 1) + 1;
        String last = lower.substring(lastStart, end);
        if (lastStart > 0 && (last.endsWith("ly") || lexicon.complementizers.contains(last))) {
            // "saying only,", "a statement warning that “…”": an adverb or "that" between the participle and the quote
            end = skipBack(lower, lastStart - 1) + 1;
        }
        for (String participle : lexicon.participles.in(lower)) {
            int cueStart = end - participle.length();
            if (cueStart <= 0 || !lower.startsWith(participle, cueStart) || !isWordStart(lower, cueStart)) {
                continue;
            }
            List<Words.Word> before = Words.of(lower.substring(0, cueStart));
            boolean afterSource = !before.isEmpty() && lexicon.sourceNouns.contains(before.get(before.size() - 1).lower());
            if (",”\"".indexOf(lower.charAt(skipBack(lower, cueStart))) >= 0 || afterSource) {
                // "However, when asked …, Donna dismissed the idea, noting, “…”": the clause right before it first
                int mark = skipBack(lower, cueStart);
                int clause = boundaryBefore(snippet, mark, List.of()) + 1;
                // (not an appositive: "… on his party, Pakistan Tehreek-e-Insaf (PTI), stating: “…”")
                boolean hasVerb = Words.of(snippet.substring(clause, mark)).stream().anyMatch(w -> !w.capitalized());
                Speaker speaker = clause > 0 && hasVerb ? subjects.subjectOf(snippet, clause, mark, offset) : null;
                speaker = speaker == null ? subjects.subjectOf(snippet, 0, cueStart, offset) : speaker;
                speakers.attributed(speaker, offset + cueStart);
                return speaker == null ? null : new Speech(speaker, participle);
            }
        }
        return null;
    }
}
