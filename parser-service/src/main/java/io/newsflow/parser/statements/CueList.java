package io.newsflow.parser.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Cue words and phrases of one kind ("said", "told reporters", "according to"), longest first so that the longer
 * of two cues at one place wins. Indexed by their first word: a sentence is then scanned once, word by word,
 * instead of once for every cue of a lexicon that holds a hundred and more.
 */
final class CueList implements Iterable<String> {
    private final List<String> cues;
    private final Set<String> words;
    private final Map<String, List<String>> byFirstWord = new HashMap<>();
    /**
     * Bit n of entry c is set when a first word of n letters (63 for longer ones) begins with the ASCII character c:
     * most words of a sentence are then ruled out without being cut out of it.
     */
    private final long[] asciiFirstWords = new long[128];

    CueList(List<String> cues) {
        this.cues = cues.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.words = Set.copyOf(cues);
        for (String cue : this.cues) {
            int end = wordEnd(cue, 0);
            byFirstWord.computeIfAbsent(cue.substring(0, end), k -> new ArrayList<>()).add(cue);
            if (cue.charAt(0) < asciiFirstWords.length) {
                asciiFirstWords[cue.charAt(0)] |= lengthBit(end);
            }
        }
    }

    /** Whether the word is one of the cues. */
    boolean contains(String word) {
        return words.contains(word);
    }

    /** The cues, longest first, that begin with the word of {@code lower} starting at {@code at}. */
    List<String> startingAt(String lower, int at) {
        return startingAt(lower, at, wordEnd(lower, at));
    }

    /** The same, for a scan that has already found where the word ends. */
    List<String> startingAt(String lower, int at, int end) {
        char first = lower.charAt(at);
        if (first < asciiFirstWords.length && (asciiFirstWords[first] & lengthBit(end - at)) == 0) {
            return List.of();
        }
        return byFirstWord.getOrDefault(lower.substring(at, end), List.of());
    }

    private static long lengthBit(int length) {
        return 1L << Math.min(length, Long.SIZE - 1);
    }

    /** The cues, longest first, found anywhere in {@code lower}: most sentences hold none of a short list. */
    List<String> in(String lower) {
        List<String> found = new ArrayList<>(2);
        for (String cue : cues) {
            if (lower.contains(cue)) {
                found.add(cue);
            }
        }
        return found;
    }

    Stream<String> stream() {
        return cues.stream();
    }

    @Override
    public Iterator<String> iterator() {
        return cues.iterator();
    }

    /** The end of the run of letters and digits at {@code at}. */
    static int wordEnd(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
