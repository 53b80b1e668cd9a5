package io.newsflow.parser.statements;

import java.util.Locale;
import java.util.Properties;

/** Nationality adjectives and the country they name: "Azerbaijani" gives the affiliation "Azerbaijan". */
final class Demonyms {
    private static final Properties MAP = WordLists.load("demonyms");

    private Demonyms() {
    }

    /** The country for the adjective, or null. */
    static String country(String word) {
        return MAP.getProperty(word.toLowerCase(Locale.ROOT));
    }
}
