package io.newsflow.parser.fingerprint;

import java.util.Arrays;

/**
 * Charikar's SimHash over word 3-shingles: texts that share most of their shingles get fingerprints a few bits
 * apart, so syndicated copies of a story (another headline, a trailer more or less) can be grouped by Hamming
 * distance without comparing texts. Each word is hashed once (lower-cased, letters and digits) and a shingle's
 * hash is mixed from its words' hashes, so no shingle string is ever built.
 */
public final class SimHash {
    private static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SimHash() {
    }

    /** The fingerprint as 16 hex digits; all zeros for a text without words. */
    public static String of(String text) {
        long[] words = wordHashes(text);
        BitCounts ones = new BitCounts();
        int shingles = Math.max(0, words.length - SHINGLE + 1);
        if (shingles == 0 && words.length > 0) {
            ones.add(shingle(words, 0, words.length));
            shingles = 1;
        }
        for (int i = 0; i < words.length - SHINGLE + 1; i++) {
            ones.add(shingle(words, i, SHINGLE));
        }
        // a bit is set where more than half of the shingles' hashes have it (Charikar's weight above zero)
        return String.format("%016x", ones.above(shingles / 2));
    }

    /** Bits in which two fingerprints differ. */
    public static int distance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    /** An order-sensitive mix of the words' hashes, finalised so that similar shingles spread over all bits. */
    private static long shingle(long[] words, int from, int length) {
        long h = FNV_OFFSET;
        for (int i = from; i < from + length; i++) {
            h = (h ^ words[i]) * FNV_PRIME;
            h = Long.rotateLeft(h, 29);
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** FNV-1a over the lower-cased characters of each run of letters and digits. */
    private static long[] wordHashes(String text) {
        long[] words = new long[Math.max(8, text.length() / 5)];
        int count = 0;
        long h = FNV_OFFSET;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ Character.toLowerCase(c)) * FNV_PRIME;
                inWord = true;
            } else if (inWord) {
                if (count == words.length) {
                    words = Arrays.copyOf(words, count * 2);
                }
                words[count++] = h;
                h = FNV_OFFSET;
                inWord = false;
            }
        }
        if (inWord) {
            words = count == words.length ? Arrays.copyOf(words, count + 1) : words;
            words[count++] = h;
        }
        return Arrays.copyOf(words, count);
    }

    /**
     * Sixty-four counters of set bits kept bit-sliced: plane i holds bit i of every counter, so adding a hash is a
     * ripple carry over a few planes instead of sixty-four separate increments.
     */
    private static final class BitCounts {
        private final long[] planes = new long[32];

        void add(long hash) {
            long carry = hash;
            for (int i = 0; carry != 0; i++) {
                long next = planes[i] & carry;
                planes[i] ^= carry;
                carry = next;
            }
        }

        /** The bits whose counter exceeds {@code threshold}. */
        long above(int threshold) {
            long result = 0;
            for (int bit = 0; bit < 64; bit++) {
                long count = 0;
                for (int i = 0; i < planes.length; i++) {
                    count |= (planes[i] >>> bit & 1L) << i;
                }
                if (count > threshold) {
                    result |= 1L << bit;
                }
            }
            return result;
        }
    }
}
