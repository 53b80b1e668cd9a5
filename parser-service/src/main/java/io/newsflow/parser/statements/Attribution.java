package io.newsflow.parser.statements;

import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads attributions in a sentence: who is the subject of a speech verb, and what the verb's content is. All
 * matching is by plain string search over a lexicon, so no input can make it slow.
 */
final class Attribution {
    /** A cue found in a text: where, and which. */
    record Cue(int start, int end, String word) {
    }

    /** A statement found in a sentence, with offsets into that sentence. */
    record Found(Speaker speaker, int start, int end, String kind, String cue) {
    }

    /** Who spoke a quote, and the verb that says so. */
    record Speech(Speaker speaker, String cue) {
    }

    private static final int MAX_ATTRIBUTION_GAP = 180;
    private static final int MAX_OBJECT_WORDS = 6;
    private static final int NO_HEAD = -2;
    /** "…, but he said that …": the second subject is a pronoun or a short name. */
    private static final int MAX_SECOND_SUBJECT_WORDS = 3;
    private static final int MAX_SECOND_SUBJECT_CHARS = 60;
    /** A clause's verb stands within its first words: "the combined company would cut …". */
    private static final int MAX_CLAUSE_VERB_POSITION = 8;
    /** Each part of a statement split at ", adding that" has at least this many words. */
    private static final int MIN_SPLIT_WORDS = 3;
    /** "Senior author Dr. Silvia S. Martins": the most words of a name before an appositive. */
    private static final int MAX_NAME_CHUNK_WORDS = 6;
    /** A subject before a clause-opening cue longer than this is the content of an inverted "…, said X". */
    private static final int MAX_FRONTED_SUBJECT_WORDS = 6;
    private static final int MAX_ADJUNCT_WORDS = 8;
    /** "told WeWork executives to …": the few words of whom an order was given to. */
    private static final int MAX_DIRECTIVE_OBJECT_WORDS = 3;
    private static final int PASSIVE_WINDOW = 24;
    /** "Prices rose", "сотрудничество расширяется": a claim needs a subject and a verb at least. */
    private static final int MIN_CONTENT_WORDS = 2;
    private static final String BOUNDARIES = ",—–:;";
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "these", "those");
    private static final String OPENERS = "“\"«„‘‹‚";

    private final CueLexicon lexicon;
    private final SpeakerResolver speakers;

    Attribution(CueLexicon lexicon, SpeakerResolver speakers) {
        this.lexicon = lexicon;
        this.speakers = speakers;
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
        Cue according = find(sentence, lower, lexicon.according, quotes, 0);
        Cue verb = find(sentence, lower, lexicon.verbs, quotes, 0);
        while (verb != null && (isPassive(lower, verb.start()) || isNegated(lower, verb.start()))) {
            // "investors have been told …, Reuters reported": a passive or refused cue gives way to a later one
            verb = find(sentence, lower, lexicon.verbs, quotes, verb.end());
        }
        // "…,” he said, according to the Intelligencer": the speech verb attributes; the source is only cited
        boolean verbThenSource = according != null && verb != null && verb.start() < according.start()
                && onlyPunctuation(sentence, verb.end(), according.start());
        if (according != null && !verbThenSource) {
            addAccording(sentence, offset, according, found);
            return found;
        }
        if (verb == null) {
            addParticipleClause(sentence, lower, offset, quotes, found);
            return found;
        }
        int boundary = boundaryBefore(sentence, verb.start(), quotes);
        if (attributesQuote(sentence, boundary, quotes)) {
            return found;
        }
        String subject = subject(sentence, boundary, verb.start(), quotes);
        boolean opensClause = opensClause(sentence, verb.start(), quotes);
        int head = appositiveHead(sentence, boundary, subject, quotes);
        Speaker speaker = head == NO_HEAD ? null : speakers.resolve(sentence.substring(head + 1, boundary), offset + head + 1);
        if (speaker != null && speaker.name() != null) {
            boundary = head;
        } else {
            speaker = opensClause && Words.of(subject).size() > MAX_FRONTED_SUBJECT_WORDS ? null
                    : speakers.resolve(subject, offset + boundary + 1);
        }
        if (speaker == null && boundary > 0 && !sentence.substring(verb.end()).isBlank()
                && !onlyPunctuation(sentence, verb.end(), sentence.length())
                && !(opensClause && hasInvertedSubject(sentence, verb))) {
            // "Mayor Lund, speaking after the vote, said …": the subject stands before the inserted clause
            int before = boundaryBefore(sentence, boundary, quotes);
            String antecedent = sentence.substring(before + 1, boundary);
            if (Words.of(antecedent).size() <= MAX_FRONTED_SUBJECT_WORDS) {
                speaker = speakers.resolve(antecedent, offset + before + 1);
                boundary = speaker == null ? boundary : before;
            }
        }
        if (speaker == null && opensClause) {
            Speaker inverted = speakers.resolve(sentence.substring(verb.end(), clauseEnd(sentence, verb.end())),
                    offset + verb.end());
            int contentEnd = clauseMarkBefore(sentence, verb.start());
            if (inverted != null && contentEnd > 0 && !overlaps(quotes, 0, contentEnd)) {
                add(found, inverted, sentence, 0, contentEnd, verb.word());
            }
        } else if (speaker != null) {
            int contentStart = contentStart(sentence, verb);
            if (contentStart >= 0 && boundary > 0 && isAdjunct(sentence.substring(contentStart))) {
                contentStart = sentence.length();
            }
            if (contentStart >= 0 && !onlyPunctuation(sentence, contentStart, sentence.length())) {
                addSplit(found, speaker, sentence, contentStart, sentence.length(), verb.word(), quotes);
            } else if (contentStart >= 0 && boundary > 0 && !overlaps(quotes, 0, boundary)
                    && !isAdjunct(sentence.substring(0, boundary))) {
                // "B, X said"; but in "In May, X said" what stands before is when, not what
                add(found, speaker, sentence, 0, boundary, verb.word());
            }
            speakers.attributed(speaker, offset + verb.start());
            addFrame(sentence, lower, boundary, speaker, found);
        }
        if (found.isEmpty()) {
            addParticipleClause(sentence, lower, offset, quotes, found);
        }
        found.forEach(f -> speakers.attributed(f.speaker(), offset + f.start()));
        return found;
    }

    /** The speaker named right after a closing quote mark: "…,” the minister added." / "…», — заявил X." */
    Speech after(String snippet, int offset) {
        String lower = snippet.toLowerCase(Locale.ROOT);
        Cue verb = find(snippet, lower, lexicon.verbs, List.of(), 0);
        if (verb == null || verb.start() > MAX_ATTRIBUTION_GAP || startsQuote(snippet, verb.start())) {
            return null;
        }
        boolean inverted = onlyPunctuation(snippet, 0, verb.start());
        if (!inverted && holdsClause(snippet.substring(0, verb.start()))) {
            // "…” at the release, adding that the family had asked": a clause, not the subject of "asked"
            return null;
        }
        Speaker speaker = inverted
                ? speakers.resolve(snippet.substring(verb.end(), clauseEnd(snippet, verb.end())), offset + verb.end())
                : speakers.resolve(snippet.substring(0, verb.start()), offset);
        speakers.attributed(speaker, offset);
        return speaker == null ? null : new Speech(speaker, verb.word());
    }

    /**
     * The verb right after a closing mark with nothing after it ("…” dedi.", "…”, - deyə bildirib."): in
     * verb-final languages the speaker stands before the quote; null when the snippet is not such a bare verb.
     */
    String bareVerbAfter(String snippet) {
        String lower = snippet.toLowerCase(Locale.ROOT);
        Cue verb = find(snippet, lower, lexicon.verbs, List.of(), 0);
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
        Speaker speaker = subjectOf(trimmed, 0, trimmed.length() - 1, offset);
        if (speaker == null || speaker.name().indexOf(' ') < 0) {
            // only a person named in full: "Here is how bad it got:" names nobody
            return null;
        }
        speakers.attributed(speaker, offset);
        return new Speech(speaker, null);
    }

    /**
     * Where a telling cue stands that only whom it was told follows up to {@code end}: "Morrison told the
     * Intelligence Committee, “…”", "told Newsweek: “…”"; -1 if none.
     */
    private int toldWhom(String lower, String verb, int end) {
        int at = lower.lastIndexOf(verb, end - verb.length() - 1);
        if (at < 0 || !isWordStart(lower, at) || !isWordEnd(lower, at + verb.length())
                || !tellsSomeone(lower, verb, skipSpaces(lower, at + verb.length()))) {
            return -1;
        }
        List<Words.Word> words = Words.of(lower.substring(at + verb.length(), end));
        // "told CNN that Trump “…”": a complementizer makes it reported speech with a quote inside
        boolean reported = words.stream().anyMatch(w -> lexicon.complementizers.contains(w.lower()));
        return !words.isEmpty() && words.size() <= MAX_OBJECT_WORDS && !reported ? at : -1;
    }

    /** "told reporters", "confirmed to WIRED": the cue names whom it was said to, starting at {@code next}. */
    private boolean tellsSomeone(String lower, String verb, int next) {
        return verb.equals("told") || verb.equals("tells") || verb.startsWith("told ") || verb.startsWith("tells ")
                || lexicon.addressees.stream().anyMatch(to -> startsWithWord(lower, to, next));
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
        for (String verb : lexicon.verbs) {
            int cueStart = lower.startsWith(verb, end - verb.length()) && isWordStart(lower, end - verb.length())
                    ? end - verb.length() : toldWhom(lower, verb, end);
            if (cueStart >= 0) {
                int boundary = boundaryBefore(snippet, cueStart, List.of());
                String subject = snippet.substring(boundary + 1, cueStart);
                int head = appositiveHead(snippet, boundary, subject, List.of());
                Speaker speaker = head == NO_HEAD ? null
                        : speakers.resolve(snippet.substring(head + 1, boundary), offset + head + 1);
                if (speaker == null || speaker.name() == null) {
                    speaker = speakers.resolve(subject, offset + boundary + 1);
                }
                speakers.attributed(speaker, offset + cueStart);
                return speaker == null ? null : new Speech(speaker, verb);
            }
        }
        for (String participle : lexicon.participles) {
            int cueStart = end - participle.length();
            if (cueStart > 0 && lower.startsWith(participle, cueStart) && isWordStart(lower, cueStart)
                    && lower.charAt(skipBack(lower, cueStart)) == ',') {
                // "Liu said that …, warning: “…”": the participle's subject is the sentence's
                Speaker speaker = subjectOf(snippet, 0, cueStart, offset);
                speakers.attributed(speaker, offset + cueStart);
                return speaker == null ? null : new Speech(speaker, participle);
            }
        }
        return null;
    }

    private static int skipBack(String text, int i) {
        int j = i - 1;
        while (j > 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return Math.max(j, 0);
    }

    private void addAccording(String sentence, int offset, Cue according, List<Found> found) {
        boolean opens = sentence.substring(0, according.start()).isBlank();
        int comma = sentence.indexOf(',', according.end());
        if (opens && comma > 0) {
            String source = sentence.substring(according.end(), comma);
            Speaker speaker = speakers.orUnnamed(speakers.resolve(source, offset + according.end()), source);
            if (speaker != null) {
                add(found, speaker, sentence, comma + 1, sentence.length(), according.word());
            }
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
                int[] span = inserted && sentence.length() - after > before && !opensWithParticiple(sentence, after)
                        ? new int[] {skipCommas(sentence, after), sentence.length()}
                        : trailing ? new int[] {0, before} : new int[] {comma < 0 ? according.end() : comma + 1, sentence.length()};
                add(found, speaker, sentence, span[0], span[1], according.word());
            }
        }
        found.forEach(f -> speakers.attributed(f.speaker(), offset + f.start()));
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
            int at = afterComma(lower, participle, ' ', 0);
            if (at < 0 || inside(quotes, at)) {
                continue;
            }
            int content = at + 2 + participle.length() + 1;
            for (String complementizer : lexicon.complementizers) {
                if (startsWithWord(lower, complementizer, content)) {
                    content += complementizer.length() + 1;
                }
            }
            if (OPENERS.indexOf(sentence.charAt(content < sentence.length() ? content : 0)) >= 0
                    || Words.of(sentence.substring(content)).size() < MIN_SPLIT_WORDS) {
                return;
            }
            int clause = boundaryBefore(sentence, at, quotes) + 1;
            Speaker speaker = subjectOf(sentence, clause, at, offset);
            if (speaker == null && clause > 0) {
                speaker = subjectOf(sentence, 0, at, offset);
            }
            if (speaker != null && speaker.name() != null) {
                add(found, speaker, sentence, content, sentence.length(), participle);
                speakers.attributed(speaker, offset + at);
            }
            return;
        }
    }

    /** Whether a would-be subject holds a complementizer or a participle of speech, so is a clause. */
    private boolean holdsClause(String text) {
        for (Words.Word w : Words.of(text)) {
            if (lexicon.complementizers.contains(w.lower()) || lexicon.participles.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The named subject opening {@code sentence[from, to)}: its words up to the first lower-case word that is not
     * part of a title ("Wild coach Bruce Boudreau" of "Wild coach Bruce Boudreau expressed confidence …").
     */
    private Speaker subjectOf(String sentence, int from, int to, int offset) {
        List<Words.Word> words = Words.of(sentence.substring(from, to));
        int start = lexicon.articles.isEmpty() || words.isEmpty() || !lexicon.articles.contains(words.get(0).lower()) ? 0 : 1;
        int end = start;
        while (end < words.size() && (words.get(end).capitalized() || lexicon.isTitleWord(words.get(end).lower()))
                && !lexicon.notNames.contains(words.get(end).lower())) {
            end++;
        }
        if (end == start) {
            return null;
        }
        Speaker speaker = speakers.resolve(sentence.substring(from, from + words.get(end - 1).end()), offset + from);
        return speaker != null && speaker.name() != null ? speaker : null;
    }

    /** ", adding to a mounting series of problems": a participle clause comments, it claims nothing of its own. */
    private static boolean opensWithParticiple(String sentence, int at) {
        List<Words.Word> words = Words.of(sentence.substring(at, Math.min(sentence.length(), at + 40)));
        return !words.isEmpty() && words.get(0).lower().endsWith("ing");
    }

    /** "told WeWork executives to look for new revenue": whom, then "to" and a verb, is an order, not a claim. */
    private boolean isDirective(String lower, int from) {
        List<Words.Word> words = Words.of(lower.substring(from, Math.min(lower.length(), from + 80)));
        for (int w = 0; w + 1 < words.size() && w <= MAX_DIRECTIVE_OBJECT_WORDS; w++) {
            String word = words.get(w).lower();
            if (word.equals("to")) {
                return w > 0;
            }
            if (lexicon.subjectPronouns.contains(word) || lexicon.complementizers.contains(word)) {
                // "told Reuters he wanted to leave": a clause, not an order
                return false;
            }
        }
        return false;
    }

    /** "…, say officials.", "…, said Maria Costa, an economist": a short subject follows the verb. */
    private boolean hasInvertedSubject(String sentence, Cue verb) {
        List<Words.Word> words = Words.of(sentence.substring(verb.end(), clauseEnd(sentence, verb.end())));
        return !words.isEmpty() && words.size() <= MAX_FRONTED_SUBJECT_WORDS
                && !lexicon.complementizers.contains(words.get(0).lower())
                && !lexicon.adjuncts.contains(words.get(0).lower()) && !lexicon.prepositions.contains(words.get(0).lower());
    }

    /** "Stressing that A, X said B": A, with the speaker of B. */
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
        // "told reporters at a news conference that", "confirmed to WIRED that": whom it was said to, then the content
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean tellsSomeone = tellsSomeone(lower, verb.word(), i);
        // "said Monday that", "reported last year that", "found in 2015 that": when or where, then the content
        boolean adjunct = Words.of(sentence.substring(i, nextWord(sentence, i))).stream()
                .anyMatch(w -> lexicon.adjuncts.contains(w.lower()));
        int maxWords = tellsSomeone ? MAX_OBJECT_WORDS : adjunct ? MAX_ADJUNCT_WORDS : 0;
        int j = i;
        for (int word = 0; word <= maxWords && j < sentence.length(); word++) {
            j = skipCommas(sentence, j);
            if (word > 0 && (sentence.charAt(j - 1) == ':' || j > 1 && sentence.charAt(j - 2) == ':'
                    || OPENERS.indexOf(sentence.charAt(j)) >= 0)) {
                // "told Newsweek: “…": the quote after the one it was told to is the statement
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
            return i;
        }
        if (lexicon.bareClause.contains(verb.word()) && isClause(sentence.substring(i))) {
            return i;
        }
        if (!lexicon.bare.contains(verb.word()) || tellsSomeone && isDirective(lower, i)) {
            return -1;
        }
        return tellsSomeone ? nextWord(sentence, i) : i;
    }

    /**
     * The subject before a cue; past a relative clause ("Council member David Kim, who voted against the plan,
     * warned …") it is the clause's antecedent.
     */
    private String subject(String sentence, int boundary, int cueStart, List<int[]> quotes) {
        String subject = sentence.substring(boundary + 1, cueStart);
        List<Words.Word> words = Words.of(subject);
        if (boundary > 0 && !words.isEmpty() && lexicon.relatives.contains(words.get(0).lower())) {
            int before = boundaryBefore(sentence, boundary, quotes);
            return sentence.substring(before + 1, boundary);
        }
        return subject;
    }

    /**
     * "Matt Maley, equity strategist at Miller Tabak, said", "Jeff Sanborn, president of X, a Spokane agency,
     * said": when the subject is an appositive (it opens in lower case or holds a role word), the boundary before
     * the name it describes, up to two appositives back; {@link #NO_HEAD} when there is none.
     */
    private int appositiveHead(String sentence, int boundary, String subject, List<int[]> quotes) {
        List<Words.Word> words = Words.of(subject);
        if (boundary < 0 || sentence.charAt(boundary) != ',' || words.isEmpty()
                || words.get(0).capitalized() && words.stream().noneMatch(w -> lexicon.roles.contains(w.lower()))) {
            return NO_HEAD;
        }
        int end = boundary;
        for (int hops = 0; hops < 2 && end > 0 && sentence.charAt(end) == ','; hops++) {
            int before = boundaryBefore(sentence, end, quotes);
            List<Words.Word> chunk = Words.of(sentence.substring(before + 1, end));
            if (!chunk.isEmpty() && chunk.size() <= MAX_NAME_CHUNK_WORDS && chunk.get(0).capitalized()
                    && chunk.get(chunk.size() - 1).capitalized()) {
                return before;
            }
            end = before;
        }
        return NO_HEAD;
    }

    /**
     * "the aid would reach farmers", "it still considers": an auxiliary, a past tense after the first word, or a
     * subject pronoun opening it makes a clause; an object pronoun opening it does not.
     */
    private boolean isClause(String text) {
        List<Words.Word> words = Words.of(text);
        if (!words.isEmpty() && lexicon.subjectPronouns.contains(words.get(0).lower())) {
            return true;
        }
        if (!words.isEmpty() && lexicon.objectPronouns.contains(words.get(0).lower())) {
            // "found themselves blindsided": an object, not the subject of a clause
            return false;
        }
        for (int i = 0; i < words.size() && i < MAX_CLAUSE_VERB_POSITION; i++) {
            String w = words.get(i).lower();
            if (lexicon.auxiliaries.contains(w) || i > 0 && w.endsWith("ed") && w.length() > 4) {
                return true;
            }
        }
        return false;
    }

    /** "Instagram declined to say", "he would not say whether …": a refusal to speak states nothing. */
    private boolean isNegated(String lower, int cueStart) {
        String before = lower.substring(Math.max(0, cueStart - PASSIVE_WINDOW), cueStart).stripTrailing();
        for (String negation : lexicon.negations) {
            if (before.endsWith(negation) && isWordStart(before, before.length() - negation.length())) {
                return true;
            }
        }
        return false;
    }

    /** "they were told …": the subject of a passive speech verb heard it; who spoke is not said. */
    private boolean isPassive(String lower, int cueStart) {
        // the word before the verb, found in a window that no auxiliary outgrows
        List<Words.Word> before = Words.of(lower.substring(Math.max(0, cueStart - PASSIVE_WINDOW), cueStart));
        return !before.isEmpty() && lexicon.passives.contains(before.get(before.size() - 1).lower());
    }

    /**
     * Whether {@code text} has {@code word} followed by a space at {@code at}. This and the two below find the
     * lexicon's words with their separators without building a needle for every word in every sentence.
     */
    private static boolean startsWithWord(String text, String word, int at) {
        int end = at + word.length();
        return text.startsWith(word, at) && end < text.length() && text.charAt(end) == ' ';
    }

    /** Where ", {@code word}{@code next}" starts in {@code text}, at {@code from} or later; -1 if nowhere. */
    private static int afterComma(String text, String word, char next, int from) {
        for (int i = text.indexOf(word, from + 2); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if (text.charAt(i - 2) == ',' && text.charAt(i - 1) == ' ' && end < text.length() && text.charAt(end) == next) {
                return i - 2;
            }
        }
        return -1;
    }

    /** Where " {@code word} " starts in {@code text}, at {@code from} or later; -1 if nowhere. */
    private static int spaced(String text, String word, int from) {
        for (int i = text.indexOf(word, from + 1); i >= 0; i = text.indexOf(word, i + 1)) {
            if (text.charAt(i - 1) == ' ' && startsWithWord(text, word, i)) {
                return i - 1;
            }
        }
        return -1;
    }

    /** "in its quarterly report": a short phrase after the verb that says where or when, not what. */
    private boolean isAdjunct(String rest) {
        List<Words.Word> words = Words.of(rest);
        // "said, speaking at the summit": a participle phrase; "said returning to the moon was necessary": a clause
        boolean participle = lexicon.gerunds && !words.isEmpty() && words.get(0).lower().endsWith("ing")
                && rest.trim().startsWith(words.get(0).text()) && !isClause(rest);
        // "at a rally in Louisiana last week" is an adjunct, "this issue will be resolved soon" a clause
        return !words.isEmpty() && (participle || words.size() <= MAX_ADJUNCT_WORDS
                && lexicon.adjuncts.contains(words.get(0).lower()) && !isClause(rest));
    }

    /** "“…,” Mayor Ortiz said after the vote": the verb attributes the quote, it reports nothing else. */
    private static boolean attributesQuote(String sentence, int boundary, List<int[]> quotes) {
        if (boundary < 0) {
            return false;
        }
        int i = boundary;
        while (i >= 0 && (Character.isWhitespace(sentence.charAt(i)) || sentence.charAt(i) == ',')) {
            i--;
        }
        return isQuoteClose(quotes, boundary) || i >= 0 && isQuoteClose(quotes, i);
    }

    /** The boundary mark right before a cue that opens its clause ("…, said X"), or -1. */
    private static int clauseMarkBefore(String sentence, int cueStart) {
        int i = cueStart - 1;
        while (i >= 0 && Character.isWhitespace(sentence.charAt(i))) {
            i--;
        }
        return i;
    }

    /** Whether the cue starts its clause ("…, said X"), so that its subject follows it. */
    private static boolean opensClause(String sentence, int cueStart, List<int[]> quotes) {
        int i = cueStart - 1;
        while (i >= 0 && Character.isWhitespace(sentence.charAt(i))) {
            i--;
        }
        return i < 0 || BOUNDARIES.indexOf(sentence.charAt(i)) >= 0 || isQuoteClose(quotes, i)
                || sentence.charAt(i) == '-';
    }

    private void add(List<Found> found, Speaker speaker, String sentence, int start, int end, String cue) {
        int s = start;
        int e = Math.min(end, sentence.length());
        while (s < e && (Character.isWhitespace(sentence.charAt(s)) || ",;:—–-".indexOf(sentence.charAt(s)) >= 0)) {
            s++;
        }
        while (e > s && (Character.isWhitespace(sentence.charAt(e - 1)) || ".,;:!?—–-".indexOf(sentence.charAt(e - 1)) >= 0)) {
            e--;
        }
        if (Words.of(sentence.substring(s, e)).size() >= MIN_CONTENT_WORDS) {
            found.add(new Found(speaker, s, e, Statement.INDIRECT, cue));
        }
    }

    /**
     * The first cue outside the quotes, at word boundaries. A cue word capitalised inside the sentence is part of a
     * name ("the United States", "Sen. Said"), not a verb.
     */
    private static Cue find(String text, String lower, List<String> cues, List<int[]> quotes, int start) {
        Cue best = null;
        for (String cue : cues) {
            int from = start;
            while (true) {
                int i = lower.indexOf(cue, from);
                if (i < 0 || best != null && i >= best.start()) {
                    break;
                }
                if (isWordStart(lower, i) && isWordEnd(lower, i + cue.length()) && !inside(quotes, i)
                        && !(Character.isUpperCase(text.charAt(i)) && hasLetterBefore(text, i))
                        && !afterDeterminer(lower, i)) {
                    best = new Cue(i, i + cue.length(), cue);
                    break;
                }
                from = i + 1;
            }
        }
        return best;
    }

    /** The clause boundary before a cue, skipping the comma that closes an appositive ("X, the chief, said"). */
    private static int boundaryBefore(String text, int position, List<int[]> quotes) {
        int from = position - 1;
        while (from >= 0 && (Character.isWhitespace(text.charAt(from)) || text.charAt(from) == ',')) {
            from--;
        }
        for (int i = from; i >= 0; i--) {
            if (BOUNDARIES.indexOf(text.charAt(i)) >= 0 && !inside(quotes, i)) {
                return i;
            }
            if (isQuoteClose(quotes, i)) {
                return i;
            }
        }
        return -1;
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (",.;:!?".indexOf(text.charAt(i)) >= 0 && (text.charAt(i) != '.' || i + 1 >= text.length()
                    || Character.isWhitespace(text.charAt(i + 1)) && !Sentences.isAbbreviation(text, i))) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean startsQuote(String text, int before) {
        for (int i = 0; i < before; i++) {
            if (OPENERS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a span of the sentence holds a direct quote, which is a statement of its own. */
    private static boolean overlaps(List<int[]> quotes, int from, int to) {
        for (int[] q : quotes) {
            if (q[0] < to && q[1] > from) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<int[]> quotes, int i) {
        for (int[] q : quotes) {
            if (i >= q[0] && i <= q[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoteClose(List<int[]> quotes, int i) {
        for (int[] q : quotes) {
            if (i == q[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "his claim that", "a report says": after a determiner the cue word is a noun. */
    private static boolean afterDeterminer(String lower, int i) {
        int end = i - 1;
        while (end >= 0 && lower.charAt(end) == ' ') {
            end--;
        }
        int start = end;
        while (start >= 0 && Character.isLetter(lower.charAt(start))) {
            start--;
        }
        return end > start && DETERMINERS.contains(lower.substring(start + 1, end + 1));
    }

    private static boolean hasLetterBefore(String text, int i) {
        for (int j = 0; j < i; j++) {
            if (Character.isLetter(text.charAt(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordStart(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean isWordEnd(String text, int i) {
        return i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
    }

    private static int skipCommas(String text, int i) {
        int j = skipSpaces(text, i);
        while (j < text.length() && text.charAt(j) == ',') {
            j = skipSpaces(text, j + 1);
        }
        return j;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int nextWord(String text, int i) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return skipSpaces(text, j);
    }
}
