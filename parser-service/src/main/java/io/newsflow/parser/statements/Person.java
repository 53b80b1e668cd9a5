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

    /**
     * The last word of the name that is not a suffix: "Kennedy" of "James P. Kennedy Jr.". Read in place, without
     * splitting the name: people are looked up by surname for every name an article mentions.
     */
    String surname() {
        int end = name.length();
        int space = name.lastIndexOf(' ', end - 1);
        while (space > 0 && isSuffix(space + 1, end)) {
            end = space;
            space = name.lastIndexOf(' ', end - 1);
        }
        return name.substring(space + 1, end);
    }

    private boolean isSuffix(int start, int end) {
        for (String suffix : SUFFIXES) {
            if (suffix.length() == end - start && name.regionMatches(true, start, suffix, 0, suffix.length())) {
                return true;
            }
        }
        return false;
    }

    /** The same person with the gaps in what is known filled from another mention. */
    Person merge(Person other) {
        return new Person(name.length() >= other.name.length() ? name : other.name,
                title != null ? title : other.title, affiliation != null ? affiliation : other.affiliation);
    }
}
