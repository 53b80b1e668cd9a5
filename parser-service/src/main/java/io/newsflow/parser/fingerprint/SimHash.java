package io.newsflow.parser.fingerprint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Charikar's SimHash over word 3-shingles: texts that share most of their shingles get fingerprints a few bits
 * apart, so syndicated copies of a story (another headline, a trailer more or less) can be grouped by Hamming
 * distance without comparing texts.
 */
public final class SimHash {
    private static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SimHash() {
    }

    /** The fingerprint as 16 hex digits; all zeros for a text without words. */
    public static String of(String text) {
        List<String> words = words(text);
        int[] weights = new int[64];
        int shingles = Math.max(0, words.size() - SHINGLE + 1);
        if (shingles == 0 && !words.isEmpty()) {
            add(weights, hash(String.join(" ", words)));
        }
        for (int i = 0; i < shingles; i++) {
            add(weights, hash(String.join(" ", words.subList(i, i + SHINGLE))));
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return String.format("%016x", fingerprint);
    }

    /** Bits in which two fingerprints differ. */
    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    private static void add(int[] weights, long hash) {
        for (int bit = 0; bit < 64; bit++) {
            weights[bit] += (hash >>> bit & 1) == 1 ? 1 : -1;
        }
    }

    /** 64-bit FNV-1a, then a finaliser so that similar shingles spread over all bits. */
    private static long hash(String shingle) {
        long h = FNV_OFFSET;
        for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
        }
        return words;
    }
}
