package io.newsflow.parser.statements;

import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * A person's or a pronoun's gender, as far as the article tells it: by a gendered title ("Mrs.", "chairwoman",
 * "king"), by a given name that is one gender's ("Mary", "Sergey"), or by a gendered ending of a surname or
 * patronymic ("Zakharova", "Lavrov", "Ivanovna"). Only "he" and "she" need it, to skip a person of the other gender;
 * {@link #UNKNOWN} never rules anyone out.
 */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final Properties NAMES = WordLists.load("given-names");
    private static final Set<String> MALE_NAMES = set("male");
    private static final Set<String> FEMALE_NAMES = set("female");
    private static final List<String> MALE_ENDINGS = list("maleendings");
    private static final List<String> FEMALE_ENDINGS = list("femaleendings");

    /** Whether a person of this gender can be meant by a word of {@code other}: only known genders differ. */
    boolean fits(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /** Whether a word is a given name of either gender: "Robert" in "Park Ranger Supervisor Robert Colligan". */
    static boolean isGivenName(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return MALE_NAMES.contains(lower) || FEMALE_NAMES.contains(lower);
    }

    /** The gender a pronoun or title word gives, in the lexicon's language. */
    static Gender ofWord(String lower, CueLexicon lexicon) {
        return lexicon.maleWords.contains(lower) ? MALE : lexicon.femaleWords.contains(lower) ? FEMALE : UNKNOWN;
    }

    /** A person's gender by their title's words, their given name, then the endings of their other names. */
    static Gender of(Person person, CueLexicon lexicon) {
        if (person.title() != null) {
            for (Words.Word word : Words.of(person.title())) {
                if (lexicon.possessives.contains(word.lower()) || lexicon.objectPronouns.contains(word.lower())) {
                    // "Mark Addison, then her private secretary": whose secretary, not his gender
                    continue;
                }
                Gender byTitle = ofWord(word.lower(), lexicon);
                if (byTitle != UNKNOWN) {
                    return byTitle;
                }
            }
        }
        String[] names = person.name().toLowerCase(Locale.ROOT).split(" ");
        if (names.length < 2) {
            return UNKNOWN;
        }
        Gender byStyle = ofWord(names[0], lexicon);
        if (byStyle != UNKNOWN) {
            // "Lady Gaga", "Lord Sugar": a style that is part of the name
            return byStyle;
        }
        Gender byGivenName = ofGivenName(names[0]);
        if (byGivenName != UNKNOWN) {
            return byGivenName;
        }
        for (int i = 1; i < names.length; i++) {
            Gender byEnding = ofEnding(names[i]);
            if (byEnding != UNKNOWN) {
                return byEnding;
            }
        }
        return UNKNOWN;
    }

    /** The gender a given name tells ("mary", "sergey"), or unknown. */
    static Gender ofGivenName(String lower) {
        return MALE_NAMES.contains(lower) ? MALE : FEMALE_NAMES.contains(lower) ? FEMALE : UNKNOWN;
    }

    /** Longer endings are tried first, so that "-ovna" is not taken for "-ov". */
    private static Gender ofEnding(String name) {
        for (int length = 6; length >= 2; length--) {
            for (String ending : FEMALE_ENDINGS) {
                if (ending.length() == length && name.endsWith(ending) && name.length() > length + 2) {
                    return FEMALE;
                }
            }
            for (String ending : MALE_ENDINGS) {
                if (ending.length() == length && name.endsWith(ending) && name.length() > length + 2) {
                    return MALE;
                }
            }
        }
        return UNKNOWN;
    }

    private static List<String> list(String key) {
        return WordLists.list(NAMES, key);
    }

    private static Set<String> set(String key) {
        return Set.copyOf(list(key));
    }
}
