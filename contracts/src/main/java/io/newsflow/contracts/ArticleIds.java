package io.newsflow.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Derives the id that keys a page on every topic and in Elasticsearch, so that re-delivery never duplicates. */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** The first 128 bits of SHA-256 over the normalised URL, in hex: short, URL-safe and collision-free in practice. */
    public static String fromUrl(String normalisedUrl) {
        return HexFormat.of().formatHex(sha256(normalisedUrl), 0, 16);
    }

    /** SHA-256 over the text, in hex. */
    public static String contentHash(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
