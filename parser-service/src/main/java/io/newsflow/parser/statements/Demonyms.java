package io.newsflow.parser.statements;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Nationality adjectives and the country they name: "Azerbaijani" gives the affiliation "Azerbaijan". */
final class Demonyms {
    /** Read once into a plain map: {@link Properties} locks on every lookup, and this one is looked up often. */
    private static final Map<String, String> MAP = WordLists.load("demonyms").entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(e -> (String) e.getKey(), e -> (String) e.getValue()));

    private Demonyms() {
    }

    /** The country for the adjective, or null. */
    static String country(String word) {
        return MAP.get(word.toLowerCase(Locale.ROOT));
    }
}
