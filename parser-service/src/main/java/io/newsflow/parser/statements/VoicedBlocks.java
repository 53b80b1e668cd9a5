package io.newsflow.parser.statements;

import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Paragraphs quoted as a block, set off without quote marks (a {@code <blockquote>} in the page), right after the
 * paragraph that names their speaker: "A key Facebook approach is building a long-term relationship, Zuckerberg said
 * at the trial." and then "I've been building relationships …". A paragraph is such a block when it speaks in the
 * first person, has no statement of its own, and follows a statement of a named speaker near its paragraph's end.
 * An article whose writer speaks in the first person anywhere else (a review, a column, "we" of a fact-checker) has
 * none: its first-person paragraphs are the writer's.
 */
final class VoicedBlocks {
    /** "…, he said. They take time to cultivate.": at most this many sentences after the speaker's statement. */
    private static final int MAX_SENTENCES_AFTER = 1;

    private final CueLexicon lexicon;
    private final List<Statement> blocks = new ArrayList<>();
    private boolean writerSpeaks;
    private Speaker voice;

    VoicedBlocks(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Reads the next paragraph: a block of the voice the paragraphs before it gave, or the writer's own voice.
     *
     * @param found the paragraph's own statements, quotes and reported speech
     */
    void read(String paragraph, int index, int offset, List<Quote> quotes, List<Statement> found) {
        boolean mayBeFirstPerson = mayHoldWordOf(paragraph, lexicon.firstPerson);
        boolean firstPerson = mayBeFirstPerson && quotes.isEmpty() && found.isEmpty() && endsSentence(paragraph)
                && speaksFirstPerson(lexicon, paragraph);
        if (firstPerson && voice != null) {
            int start = paragraph.length() - paragraph.stripLeading().length();
            int end = paragraph.stripTrailing().length();
            blocks.add(new Statement(voice, paragraph.substring(start, end), Statement.DIRECT, null, index,
                    offset + start, offset + end));
        } else if (firstPerson || !writerSpeaks && !found.isEmpty()
                && (mayBeFirstPerson || mayHoldWordOf(paragraph, lexicon.firstPersonObjects))
                && writerAside(paragraph, offset, quotes, found)) {
            // "I don't use Facebook.", "We'll start by noting …", "We tried getting access …, but a spokesman
            // informs us that B": the writer's own voice
            writerSpeaks = true;
        }
        voice = firstPerson && voice != null ? voice : speakerNearEnd(paragraph, offset, found);
    }

    /** The blocks read, unless the writer speaks in the first person too. */
    List<Statement> blocks() {
        return writerSpeaks ? List.of() : blocks;
    }

    /** "'Meth. We're On It.': South Dakota spends $449K …": a headline or a link ends no sentence. */
    private static boolean endsSentence(String paragraph) {
        String text = paragraph.stripTrailing();
        return !text.isEmpty() && ".!?".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /**
     * Whether a word of the list may stand in the paragraph, found with {@code indexOf} alone: most paragraphs hold
     * none, and cutting them into words only to learn that was a tenth of statement extraction's time.
     */
    private static boolean mayHoldWordOf(String paragraph, Set<String> wordsOfList) {
        for (String word : wordsOfList) {
            String capitalised = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            if (holdsWord(paragraph, word) || holdsWord(paragraph, capitalised)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the paragraph is "I" or "we" (or their forms in the article's language). */
    static boolean speaksFirstPerson(CueLexicon lexicon, String paragraph) {
        return Words.of(paragraph).stream()
                .anyMatch(w -> lexicon.firstPerson.contains(Words.withoutContraction(w.lower())));
    }

    /**
     * Whether the paragraph speaks in the first person outside its quotes and statements, or says what was told to
     * the writer ("“…,” he told me with a smile"): the writer does.
     */
    private boolean writerAside(String paragraph, int offset, List<Quote> quotes, List<Statement> found) {
        List<Words.Word> words = Words.of(paragraph);
        for (int i = 0; i < words.size(); i++) {
            Words.Word word = words.get(i);
            int at = offset + word.start();
            boolean quoted = quotes.stream().anyMatch(q -> q.contains(word.start()));
            boolean reported = found.stream().anyMatch(f -> f.start() <= at && at < f.end());
            // (in lower case: "told US officials" is of the country)
            boolean toldWriter = i > 0 && lexicon.firstPersonObjects.contains(word.text())
                    && lexicon.tellVerbs.contains(words.get(i - 1).lower());
            if (!quoted && !reported && (toldWriter || lexicon.firstPerson.contains(Words.withoutContraction(word.lower())))) {
                return true;
            }
        }
        return false;
    }

    /** The named speaker of the paragraph's last statement, when at most a sentence follows it. */
    private static Speaker speakerNearEnd(String paragraph, int offset, List<Statement> found) {
        Statement last = found.stream().max((a, b) -> Integer.compare(a.end(), b.end())).orElse(null);
        if (last == null || last.speaker().name() == null) {
            return null;
        }
        String after = paragraph.substring(Math.min(paragraph.length(), last.end() - offset));
        int sentences = 0;
        for (int i = 0; i + 1 < after.length(); i++) {
            if (".!?".indexOf(after.charAt(i)) >= 0 && Character.isWhitespace(after.charAt(i + 1))) {
                sentences++;
            }
        }
        return sentences <= MAX_SENTENCES_AFTER ? last.speaker() : null;
    }
}
