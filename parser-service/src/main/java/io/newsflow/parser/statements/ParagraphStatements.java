package io.newsflow.parser.statements;

import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The statements of one paragraph, sentence by sentence: its quotes with their attribution, then its reported
 * speech. A quote without an attribution of its own takes the speaker of the paragraph's attributed quotes (or
 * of the quote it continues from the previous paragraph); a quote nobody is named for is left out.
 */
final class ParagraphStatements {
    /** Words that bring in a title, not speech: "the headline “…”", "a book titled “…”". */
    private static final Set<String> TITLE_WORDS = Set.of("headline", "headlined", "titled", "entitled", "dubbed");
    /** Quotes shorter than this are names, titles or scare quotes ("the so-called “Trilateral Declaration”"). */
    private static final int MIN_QUOTE_WORDS = 4;
    /**
     * ...unless they are a whole utterance: attributed to their own speaker or opening their sentence, and ending
     * in the punctuation of speech ("“That’s perfect,” Boudreau said").
     */
    private static final int MIN_UTTERANCE_WORDS = 2;
    /** An unattributed paragraph in quotes is speech from this many words: shorter ones may be titles or slogans. */
    private static final int MIN_SPEECH_WORDS = 8;
    private static final Speaker UNNAMED = new Speaker(null, null, null);
    /** Titles of works leave short words in lower case: "of", "the", "and", "from". */
    private static final int MAX_TITLE_FUNCTION_WORD = 4;

    private final String paragraph;
    private final int index;
    private final int offset;
    private final List<Quote> quotes;
    private final Attribution attribution;
    private final QuoteSpeakers quoteSpeakers;
    private final List<Statement> statements = new ArrayList<>();

    ParagraphStatements(String paragraph, int index, int offset, List<Quote> quotes, Attribution attribution,
                        QuoteSpeakers quoteSpeakers) {
        this.paragraph = paragraph;
        this.index = index;
        this.offset = offset;
        this.quotes = quotes;
        this.attribution = attribution;
        this.quoteSpeakers = quoteSpeakers;
    }

    /**
     * @param runOnSpeaker  who spoke the quote the previous paragraph left open, if any
     * @param lastQuoteSpeaker who spoke the quote that ended the previous paragraph, if any: a paragraph that is
     *                      one quote and nothing else goes on in the same voice
     * @return who speaks the quote this paragraph leaves open, if any
     */
    Speaker collect(Speaker runOnSpeaker, Speaker lastQuoteSpeaker) {
        List<int[]> reported = new ArrayList<>();
        Speaker[] quoteSpeakers = new Speaker[quotes.size()];
        String[] quoteCues = new String[quotes.size()];
        boolean[] ownSpeaker = new boolean[quotes.size()];
        boolean[] inClause = new boolean[quotes.size()];
        boolean[] heard = new boolean[quotes.size()];
        for (Sentences.Span sentence : Sentences.split(paragraph, quotes)) {
            List<int[]> inSentence = new ArrayList<>();
            int[] clause = null;
            for (int q = 0; q < quotes.size(); q++) {
                Quote quote = quotes.get(q);
                if (quote.open() < sentence.start() || quote.open() >= sentence.end()) {
                    continue;
                }
                inSentence.add(new int[] {quote.open() - sentence.start(), Math.min(quote.close(), sentence.end()) - sentence.start()});
                heard[q] = this.quoteSpeakers.afterPassive(paragraph.substring(sentence.start(), quote.open()));
                QuoteSpeakers.Speech speech = heard[q] ? null : attribute(quote, sentence, q);
                if (speech != null && isOnlyQuote(sentence, q) && quote.open() > sentence.start()
                        && !isTitle(paragraph.substring(quote.textStart(), Math.min(quote.textEnd(), paragraph.length())))
                        && !SentenceText.onlyPunctuation(paragraph, quote.close() + 1, sentence.end())
                        && this.quoteSpeakers.quotedInClause(paragraph.substring(sentence.start(), quote.open()))) {
                    // "…, which was “extremely distressing,” wrote Taylor": the clause is the statement; a name in
                    // quotes ("Mugabe's “Blue House” compound …, a source said") leaves the sentence to reported speech
                    add(speech.speaker(), sentence.start(), Math.min(quote.close() + 1, paragraph.length()),
                            Statement.INDIRECT, speech.cue());
                    clause = new int[] {sentence.start(), Math.min(quote.close() + 1, paragraph.length())};
                    inClause[q] = true;
                    // the quotes after it ("… Azzouz said. “And it could …”") go on in the same voice
                    quoteSpeakers[q] = speech.speaker();
                    quoteCues[q] = speech.cue();
                } else if (speech != null) {
                    quoteSpeakers[q] = speech.speaker();
                    quoteCues[q] = speech.cue();
                    ownSpeaker[q] = true;
                }
            }
            for (int[] part : clausesOf(sentence, inSentence)) {
                String text = paragraph.substring(part[0], part[1]);
                List<int[]> inPart = inSentence.stream().map(q -> new int[] {q[0] + sentence.start() - part[0],
                        q[1] + sentence.start() - part[0]}).toList();
                for (Found f : attribution.reported(text, offset + part[0], inPart)) {
                    int start = part[0] + f.start();
                    int end = part[0] + f.end();
                    // the clause already taken with its quote is not reported twice
                    if (clause == null || Math.min(end, clause[1]) - Math.max(start, clause[0]) < (end - start) / 2) {
                        add(f.speaker(), start, end, f.kind(), f.cue());
                        reported.add(new int[] {start, end});
                        introducedBy(f, end, quoteSpeakers, quoteCues);
                    }
                }
            }
        }
        inheritSpeakers(quoteSpeakers, quoteCues, runOnSpeaker, inClause);
        if (quotes.size() == 1 && quoteSpeakers[0] == null && isWholeParagraph(quotes.get(0))) {
            // a paragraph of speech with nobody named before it ("“Discussions with organised labour are under way
            // …”" quoted from a budget) is still a statement, by a source the article leaves unnamed
            quoteSpeakers[0] = lastQuoteSpeaker != null || !isSpeech(quotes.get(0)) ? lastQuoteSpeaker : UNNAMED;
            quoteCues[0] = null;
        } else if (!quotes.isEmpty() && quoteSpeakers[quotes.size() - 1] == null
                && isClosingSentence(quotes.get(quotes.size() - 1))) {
            // "… used by teachers throughout the world. “It has become the all-time best-selling computer in the
            // UK”.": a sentence of speech that closes the paragraph, by a source the article leaves unnamed
            quoteSpeakers[quotes.size() - 1] = UNNAMED;
            quoteCues[quotes.size() - 1] = null;
        }
        for (int q = 0; q < quotes.size(); q++) {
            if (inClause[q] || heard[q] || titled(quotes.get(q))
                    || !ownSpeaker[q] && !opensSentence(quotes.get(q).open()) && within(reported, quotes.get(q))
                    || within(reported, quotes.get(q)) && ContentStart.opensClause(paragraph, quotes.get(q).open())) {
                // "she said, adding that the UN “considers very seriously any credible allegations”": the quote is
                // part of the claim reported around it (but a quote that opens its sentence is speech of its own);
                // "Ishiba was asked, “Do you feel any guilt?”": words someone unnamed said to the subject
                continue;
            }
            Quote quote = quotes.get(q);
            int start = quote.textStart();
            int end = Math.min(quote.textEnd(), paragraph.length());
            while (start < end && isSpace(paragraph.charAt(start))) {
                start++;
            }
            while (end > start && (paragraph.charAt(end - 1) == ',' || isSpace(paragraph.charAt(end - 1)))) {
                end--;
            }
            int words = Words.of(paragraph.substring(start, end)).size();
            // (a speaker the article describes without naming counts when the quote opens its sentence: "“Kaine
            // won't.”" of "a New Hampshire Republican", but not "… their customers’ “financial health,” as one neo-bank
            // CEO told me")
            boolean utterance = (ownSpeaker[q] || opensSentence(quote.open())) && endsUtterance(quote)
                    && words >= MIN_UTTERANCE_WORDS && quoteSpeakers[q] != null && (quoteSpeakers[q].name() != null
                            || quoteSpeakers[q].title() != null && opensSentence(quote.open()));
            if (quoteSpeakers[q] != null && (words >= MIN_QUOTE_WORDS || utterance)
                    && (ownSpeaker[q] || !isTitle(paragraph.substring(start, end)))) {
                add(quoteSpeakers[q], start, end, Statement.DIRECT, quoteCues[q]);
            }
        }
        boolean leavesOpen = !quotes.isEmpty() && quotes.get(quotes.size() - 1).runsOn(paragraph);
        return leavesOpen ? quoteSpeakers[quotes.size() - 1] : null;
    }

    /**
     * "…, Zornetzer told me, would cost one to two billion dollars per year; Johnson estimated that B": a sentence's
     * clauses between semicolons outside quotes, each reported on its own, as [start, end) offsets into the paragraph.
     */
    private List<int[]> clausesOf(Sentences.Span sentence, List<int[]> inSentence) {
        List<int[]> parts = new ArrayList<>();
        int from = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            int at = i - sentence.start();
            if (paragraph.charAt(i) == ';' && inSentence.stream().noneMatch(q -> q[0] < at && at < q[1])) {
                parts.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        parts.add(new int[] {from, sentence.end()});
        return parts;
    }

    /** "he said that universal agreement is unrealistic: “…”": the quote after the claim's colon is the same speaker's. */
    private void introducedBy(Found claim, int end, Speaker[] quoteSpeakers, String[] quoteCues) {
        int colon = end;
        while (colon < paragraph.length() && Character.isWhitespace(paragraph.charAt(colon))) {
            colon++;
        }
        if (colon >= paragraph.length() || paragraph.charAt(colon) != ':') {
            return;
        }
        for (int q = 0; q < quotes.size(); q++) {
            if (quoteSpeakers[q] == null && quotes.get(q).open() > colon
                    && paragraph.substring(colon + 1, quotes.get(q).open()).isBlank()) {
                quoteSpeakers[q] = claim.speaker();
                quoteCues[q] = claim.cue();
            }
        }
    }

    /** "with the headline “Something is deeply broken at the FBI,”": a quote that a naming word brings in is a title. */
    private boolean titled(Quote quote) {
        int end = quote.open();
        while (end > 0 && isSpace(paragraph.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(paragraph.charAt(start - 1))) {
            start--;
        }
        return TITLE_WORDS.contains(paragraph.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static boolean within(List<int[]> spans, Quote quote) {
        return spans.stream().anyMatch(span -> span[0] <= quote.open() && quote.close() < span[1]);
    }

    List<Statement> statements() {
        return statements;
    }

    private boolean isOnlyQuote(Sentences.Span sentence, int q) {
        for (int other = 0; other < quotes.size(); other++) {
            if (other != q && quotes.get(other).open() < sentence.end() && quotes.get(other).close() >= sentence.start()
                    && !inParentheses(quotes.get(other))) {
                return false;
            }
        }
        return true;
    }

    /** "(see ‘Brazil yo-yos on deforestation’)": a quote in brackets is a reference, beside the sentence. */
    private boolean inParentheses(Quote quote) {
        int open = paragraph.lastIndexOf('(', quote.open());
        int close = paragraph.indexOf(')', quote.open());
        return open >= 0 && close > quote.close() && paragraph.lastIndexOf(')', quote.open()) < open;
    }

    private QuoteSpeakers.Speech attribute(Quote quote, Sentences.Span sentence, int q) {
        if (quote.close() < paragraph.length()) {
            QuoteSpeakers.Speech signed = quoteSpeakers.signed(paragraph.substring(quote.close() + 1),
                    offset + quote.close() + 1);
            if (signed != null) {
                return signed;
            }
        }
        int afterEnd = q + 1 < quotes.size() && quotes.get(q + 1).open() < sentence.end() ? quotes.get(q + 1).open()
                : sentence.end();
        if (quote.close() + 1 >= afterEnd && endsExclaimingOrAsking(quote)) {
            // "“… Kentucky!” Trump tweeted.": the sentences split after the mark, but the attribution follows it (a
            // short one: "“Do you feel any guilt?” The prime minister admitted that he did." is a sentence of its own)
            int next = nextSentenceEnd(quote.close() + 1, q);
            afterEnd = next > quote.close() + 1 && quoteSpeakers.opensWithAttribution(paragraph.substring(quote.close() + 1, next))
                    ? next : afterEnd;
        }
        if (quote.close() + 1 < afterEnd) {
            QuoteSpeakers.Speech speech = quoteSpeakers.after(paragraph.substring(quote.close() + 1, afterEnd),
                    offset + quote.close() + 1);
            if (speech != null) {
                return speech;
            }
        }
        int beforeStart = q > 0 && quotes.get(q - 1).close() >= sentence.start() ? quotes.get(q - 1).close() + 1
                : sentence.start();
        if (quote.open() <= beforeStart) {
            return null;
        }
        String before = paragraph.substring(beforeStart, quote.open());
        QuoteSpeakers.Speech speech = quoteSpeakers.before(before, offset + beforeStart);
        if (speech == null && beforeStart > sentence.start()) {
            // "Baba criticized Ishiba’s “change of stance,” saying, “…”": the participle's subject opens the sentence
            speech = quoteSpeakers.participle(paragraph.substring(sentence.start(), quote.open()), offset + sentence.start());
        }
        String bareVerb = quote.close() + 1 < afterEnd
                ? quoteSpeakers.bareVerbAfter(paragraph.substring(quote.close() + 1, afterEnd)) : null;
        if (speech == null && bareVerb != null) {
            return quoteSpeakers.subjectBefore(before, bareVerb, offset + beforeStart);
        }
        return speech != null ? speech : quoteSpeakers.colonSubject(paragraph.substring(sentence.start(), quote.open()),
                offset + sentence.start());
    }

    /**
     * Unattributed quotes take the speaker of the nearest attributed quote in the paragraph, or of the run-on; a
     * quote inside a reported clause only gives its speaker to the quotes after it, and a quote inside the writer's
     * sentence only takes one from the quotes before it.
     */
    private void inheritSpeakers(Speaker[] speakers, String[] cues, Speaker runOnSpeaker, boolean[] inClause) {
        for (int q = 0; q < speakers.length; q++) {
            if (speakers[q] != null) {
                continue;
            }
            // "He begged lawmakers “not to lose sight of” … “Every day …,” he warned": a quote inside the writer's
            // sentence takes no speaker from a quote after it
            boolean inside = !opensSentence(quotes.get(q).open());
            int donor = nearestAttributed(speakers, q, inClause, inside);
            if (donor >= 0) {
                speakers[q] = speakers[donor];
                cues[q] = cues[donor];
            } else if (quotes.get(q).continued() && runOnSpeaker != null) {
                speakers[q] = runOnSpeaker;
            } else if (!inside) {
                speakers[q] = reportedBefore(quotes.get(q).open());
            }
        }
    }

    /**
     * "Ana Escrogima … told Rest of World B. “They really have zeroed in …”": a quote opening a sentence after the
     * paragraph's reported speech goes on in the voice of its named speaker; null if none.
     */
    private Speaker reportedBefore(int open) {
        Speaker speaker = null;
        for (Statement statement : statements) {
            if (statement.end() - offset <= open && statement.speaker().name() != null) {
                speaker = statement.speaker();
            }
        }
        return speaker;
    }

    private static int nearestAttributed(Speaker[] speakers, int q, boolean[] inClause, boolean onlyBefore) {
        for (int distance = 1; distance < speakers.length; distance++) {
            if (q - distance >= 0 && speakers[q - distance] != null) {
                return q - distance;
            }
            if (!onlyBefore && q + distance < speakers.length && speakers[q + distance] != null
                    && !inClause[q + distance]) {
                return q + distance;
            }
        }
        return -1;
    }

    private boolean endsExclaimingOrAsking(Quote quote) {
        int end = Math.min(quote.textEnd(), paragraph.length());
        return end > quote.textStart() && "!?".indexOf(paragraph.charAt(end - 1)) >= 0;
    }

    /** Where the sentence after {@code from} ends, or the next quote opens, whichever comes first. */
    private int nextSentenceEnd(int from, int q) {
        int limit = q + 1 < quotes.size() ? quotes.get(q + 1).open() : paragraph.length();
        for (int i = from; i < limit; i++) {
            if (".!?".indexOf(paragraph.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return limit;
    }

    /** A quote of whole sentences: long enough, and ending in the punctuation of speech or running on. */
    private boolean isSpeech(Quote quote) {
        String text = paragraph.substring(quote.textStart(), Math.min(quote.textEnd(), paragraph.length())).strip();
        return Words.of(text).size() >= MIN_SPEECH_WORDS && (quote.runsOn(paragraph) || text.matches("(?s).*[.!?]$"));
    }

    /** A quote of several words that is the paragraph's last sentence: it opens a sentence and only a stop follows. */
    private boolean isClosingSentence(Quote quote) {
        String text = paragraph.substring(quote.textStart(), Math.min(quote.textEnd(), paragraph.length())).strip();
        String after = quote.close() + 1 < paragraph.length() ? paragraph.substring(quote.close() + 1) : "";
        return !quote.runsOn(paragraph) && opensSentence(quote.open()) && Words.of(text).size() >= MIN_SPEECH_WORDS
                && !isTitle(text) && after.replaceAll("[\\s.!?]", "").isEmpty()
                && (text.matches("(?s).*[.!?]$") || after.strip().matches("[.!?]"));
    }

    /** The paragraph is the quote: nothing but spaces and punctuation around it. */
    private boolean isWholeParagraph(Quote quote) {
        String before = paragraph.substring(0, quote.open());
        String after = quote.close() + 1 < paragraph.length() ? paragraph.substring(quote.close() + 1) : "";
        return before.isBlank() && after.replaceAll("[\\s.,”\"»’]", "").isEmpty();
    }

    private boolean opensSentence(int at) {
        int i = at - 1;
        while (i >= 0 && isSpace(paragraph.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?".indexOf(paragraph.charAt(i)) >= 0;
    }

    /**
     * "“The One I Love”", "“No Place Like Home”": every word of some length capitalised and no sentence
     * punctuation is the title of a work, which nobody says.
     */
    static boolean isTitle(String text) {
        List<Words.Word> words = Words.of(text);
        int capitalised = 0;
        for (Words.Word word : words) {
            if (word.capitalized()) {
                capitalised++;
            } else if (word.text().length() > MAX_TITLE_FUNCTION_WORD) {
                return false;
            }
        }
        // "Winter Solstice, Camelot Station": a comma only when every word is capitalised
        // "Zombies on Film: The Definitive Story of Undead Cinema", "White Zombie.": a subtitle and a full stop
        // inside the marks still make a title
        String inner = text.replaceAll(": (?=\\p{Lu})", " ").replaceFirst("[.,]$", "");
        return capitalised >= 2 && !inner.matches("(?s).*[.!?;:].*")
                && (text.indexOf(',') < 0 || capitalised == words.size());
    }

    /** "That’s perfect," / "Don’t mind me!": the quote ends as speech does, inside its marks. */
    private boolean endsUtterance(Quote quote) {
        int end = Math.min(quote.textEnd(), paragraph.length());
        return end > quote.textStart() && ",.!?".indexOf(paragraph.charAt(end - 1)) >= 0;
    }

    /** French puts a (narrow) no-break space inside « guillemets ». */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private void add(Speaker speaker, int start, int end, String kind, String cue) {
        statements.add(new Statement(speaker, paragraph.substring(start, end), kind, cue, index, offset + start,
                offset + end));
    }
}
