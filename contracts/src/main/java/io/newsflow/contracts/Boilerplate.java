package io.newsflow.contracts;

/**
 * A block of text removed from inside the article body.
 *
 * @param text     the removed text
 * @param reason   why it was removed, e.g. {@code trailer:social}
 * @param language ISO 639-1 code of the removed text, when known
 */
public record Boilerplate(String text, String reason, String language) {
}
