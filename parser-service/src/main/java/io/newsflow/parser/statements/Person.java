package io.newsflow.parser.statements;

/**
 * A named person or organisation met in the article.
 *
 * @param name        as written at its fullest ("Jeyhun Bayramov")
 * @param title       the role the article gives them, if any
 * @param affiliation the country or body they speak for, if any
 */
record Person(String name, String title, String affiliation) {
    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv");

    /** The last word of the name that is not a suffix: "Kennedy" of "James P. Kennedy Jr.". */
    String surname() {
        String[] words = name.split(" ");
        for (int i = words.length - 1; i > 0; i--) {
            if (!SUFFIXES.contains(words[i].toLowerCase(java.util.Locale.ROOT))) {
                return words[i];
            }
        }
        return words[0];
    }

    /** The same person with the gaps in what is known filled from another mention. */
    Person merge(Person other) {
        return new Person(name.length() >= other.name.length() ? name : other.name,
                title != null ? title : other.title, affiliation != null ? affiliation : other.affiliation);
    }
}
