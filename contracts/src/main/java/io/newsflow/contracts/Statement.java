package io.newsflow.contracts;

/**
 * A claim attributed to a speaker in the article body.
 *
 * @param speaker   who made it
 * @param text      what was said (for direct quotes, without the quotation marks)
 * @param kind      {@code direct} for quotes, {@code indirect} for reported speech
 * @param cue       the verb or phrase that attributes it ("said", "according to")
 * @param paragraph index of the paragraph in {@link Article#paragraphs()}
 * @param start     offset of {@code text} in {@link Article#text()}, inclusive
 * @param end       offset of the end of {@code text} in {@link Article#text()}, exclusive
 */
public record Statement(Speaker speaker, String text, String kind, String cue, int paragraph, int start, int end) {
    public static final String DIRECT = "direct";
    public static final String INDIRECT = "indirect";
}
