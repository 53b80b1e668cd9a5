package io.newsflow.parser.statements;

/**
 * A named person or organisation met in the article.
 *
 * @param name        as written at its fullest ("Jeyhun Bayramov")
 * @param title       the role the article gives them, if any
 * @param affiliation the country or body they speak for, if any
 */
record Person(String name, String title, String affiliation) {

    String surname() {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }

    /** The same person with the gaps in what is known filled from another mention. */
    Person merge(Person other) {
        return new Person(name.length() >= other.name.length() ? name : other.name,
                title != null ? title : other.title, affiliation != null ? affiliation : other.affiliation);
    }
}
