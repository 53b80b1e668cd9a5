package io.newsflow.contracts;

/**
 * The source of a statement.
 *
 * @param name        the person's or organisation's name; {@code null} when the text does not resolve it
 * @param title       the role the text gives them ("Minister of Foreign Affairs")
 * @param affiliation the country or organisation they speak for
 */
public record Speaker(String name, String title, String affiliation) {
}
