package io.newsflow.parser.statements;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a person is written: a capitalised run of name words with initials, particles and suffixes ("James P.
 * Kennedy Jr.", "Ursula von der Leyen"), the title before it ("Russian Foreign Minister"), and an appositive after it
 * ("Tomas Berg, the project's lead engineer").
 */
final class NameReader {
    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 7;
    /** Lower-case words that may join the capitalised words of a title: "Minister of Foreign Affairs". */
    private static final Set<String> LINKS = Set.of("of", "for");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final String NICKNAME_OPENERS = "“\"‘";
    private static final String NICKNAME_CLOSERS = "”\"’";
    /** The quoted nickname inside a name read, with its spaces: "Sanjiv “Sam” Gambhir" is Sanjiv Gambhir. */
    private static final Pattern NICKNAME = Pattern.compile(" [“\"‘]\\p{Lu}\\p{L}*[”\"’] ");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "la", "le",
            "bin", "ibn", "al", "el", "dos", "del", "pour", "les", "du", "des");

    /** Styles that make one name with a single word after them: "Lady Gaga", "Lord Sugar". */
    private static final Set<String> STYLES = Set.of("lady", "lord", "dame");

    private final CueLexicon lexicon;

    NameReader(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * End (exclusive) of the capitalised run starting at {@code i}: words one space apart ("James P. Kennedy" and
     * "Dr. Martins" too), "of"/"for" inside.
     */
    int nameEnd(List<Words.Word> words, int i, String text) {
        if (!words.get(i).capitalized()) {
            return i;
        }
        int end = i + 1;
        while (end < words.size() && end - i < MAX_NAME_WORDS + MAX_TITLE_WORDS
                && joined(text, words.get(end - 1), words.get(end)) && !endsName(words.get(end - 1))) {
            Words.Word word = words.get(end);
            if (word.capitalized()) {
                end++;
            } else if (LINKS.contains(word.lower()) && end + 1 < words.size() && words.get(end + 1).capitalized()
                    && spaceOnly(text, word.end(), words.get(end + 1).start())) {
                end += 2;
            } else if (particlesBeforeName(words, end, text) > 0) {
                // "Luis de Miranda", "Ursula von der Leyen": particles inside the name
                end += particlesBeforeName(words, end, text) + 1;
            } else {
                break;
            }
        }
        return end;
    }

    /** Splits a capitalised run into title and name, and reads the title and affiliation around it; null if no name. */
    Person describe(String text, List<Words.Word> words, int start, int end) {
        int of = end - 2;
        while (of > start && !words.get(of).lower().equals("of")) {
            of--;
        }
        if (of > start + 1 && !isTitleWord(words.get(of - 1)) && !lexicon.organisations.contains(words.get(of - 1).lower())
                && hasRoleWord(words, start, of) && !hasRoleWord(words, of + 1, end)) {
            // "Senate Democratic Leader Greg Taylor of Indianapolis": where the person is from ends the name
            end = of;
        } else if (of > start + 1 && of - start <= MAX_NAME_WORDS && Gender.isGivenName(words.get(start).text())
                && !hasRoleWord(words, start, of)) {
            // "Alexandra Olgin of South Carolina Public Radio": a given name, then where the person works
            end = of;
        }
        int nameStart = end;
        int nameWords = 0;
        // "Peter King", "Stephen King": a title word after a given name is a surname; a lone one is read as a name
        // only where the article named someone by it ("Expert said" after "Paul Expert")
        boolean surnameTitle = isTitleWord(words.get(end - 1))
                && (end - start == 1 || end - 2 >= start && Gender.isGivenName(words.get(end - 2).text()));
        while (nameStart > start && nameWords < MAX_NAME_WORDS
                && (!isTitleWord(words.get(nameStart - 1)) || surnameTitle && nameStart == end)
                && (Demonyms.country(words.get(nameStart - 1).text()) == null || isGivenCountry(words, start, nameStart, end))
                && !(lexicon.notNames.contains(words.get(nameStart - 1).lower()) && !isInitial(text, words.get(nameStart - 1)))
                && !isAcronym(words.get(nameStart - 1))) {
            nameStart--;
            if (!isInitialOrParticle(words.get(nameStart))) {
                nameWords++;
            }
        }
        if (nameStart == end - 1 && nameStart > start && STYLES.contains(words.get(nameStart - 1).lower())
                && !Gender.isGivenName(words.get(nameStart).text())) {
            // "Lady Gaga", "Lord Sugar": a style before one word that is no given name is part of the name
            nameStart--;
        }
        // (but "the Standing Rock Sioux tribe": after an article the word is a name's)
        if (nameStart < end - 1 && nameStart == start && isParticiple(words.get(nameStart))
                && (nameStart == 0 || !lexicon.articles.contains(words.get(nameStart - 1).lower()))) {
            nameStart++;
        }
        for (int i = nameStart + 1; i < end - 1; i++) {
            if (Gender.isGivenName(words.get(i).text()) && !Gender.isGivenName(words.get(nameStart).text())
                    && hasRoleWord(words, nameStart, i)) {
                // "California State Park Ranger Supervisor Robert Colligan": the name starts at the given name
                nameStart = i;
                break;
            }
        }
        if (nameStart == end || LINKS.contains(words.get(nameStart).lower())
                || nameStart > start && LINKS.contains(words.get(nameStart - 1).lower())) {
            // (and "MEC for Cooperative Governance": what follows "for" is the rest of a title, no name)
            return null;
        }
        String name = nameText(text, words.get(nameStart), words.get(end - 1));
        String affiliation = null;
        int titleStart = start;
        while (titleStart < nameStart && Demonyms.country(words.get(titleStart).text()) != null) {
            affiliation = Demonyms.country(words.get(titleStart).text());
            titleStart++;
        }
        if (titleStart == start) {
            titleStart = lowerCaseTitleStart(text, words, start);
        }
        String title = titleStart < nameStart && hasRoleWord(words, titleStart, nameStart)
                ? text.substring(words.get(titleStart).start(), words.get(nameStart - 1).end()) : appositive(text, words.get(end - 1).end());
        if (affiliation == null && titleStart < start) {
            affiliation = Demonyms.country(words.get(titleStart).text());
        }
        return new Person(name, title, affiliation);
    }

    /**
     * "Defence Minister Israel Katz": a country's name between a title and a lone surname is a given name, since a
     * title names its country before itself ("Israeli Defence Minister") or after "of", never between.
     */
    private boolean isGivenCountry(List<Words.Word> words, int start, int nameStart, int end) {
        int country = nameStart - 1;
        return nameStart == end - 1 && country > start && isTitleWord(words.get(country - 1))
                && !isTitleWord(words.get(country)) && !words.get(country).text().endsWith("’s")
                && !words.get(country).text().endsWith("'s");
    }

    static String possessiveless(String word) {
        return word.endsWith("’s") || word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    /** "Sonya A. Zoghlin", "Kennedy Jr.", "Hege’s": the name's text, with the dot of an initial or suffix, without "’s". */
    /**
     * "Sanjiv “Sam” Gambhir": one capitalised word in quote marks between a given name and a surname, a nickname
     * that the name read goes past (and leaves out).
     */
    private static boolean isNickname(String text, Words.Word previous, Words.Word next) {
        String gap = text.substring(previous.end(), next.start());
        if (gap.length() == 2 && gap.charAt(0) == ' ' && NICKNAME_OPENERS.indexOf(gap.charAt(1)) >= 0) {
            int close = next.end();
            return next.capitalized() && close + 2 < text.length() && NICKNAME_CLOSERS.indexOf(text.charAt(close)) >= 0
                    && text.charAt(close + 1) == ' ' && Character.isUpperCase(text.charAt(close + 2));
        }
        return gap.length() == 2 && gap.charAt(1) == ' ' && NICKNAME_CLOSERS.indexOf(gap.charAt(0)) >= 0
                && previous.start() >= 2 && NICKNAME_OPENERS.indexOf(text.charAt(previous.start() - 1)) >= 0
                && text.charAt(previous.start() - 2) == ' ';
    }

    private static String nameText(String text, Words.Word first, Words.Word last) {
        String name = NICKNAME.matcher(text.substring(first.start(), last.end())).replaceAll(" ");
        if (name.endsWith("’s") || name.endsWith("'s")) {
            return name.substring(0, name.length() - 2);
        }
        boolean abbreviated = last.text().length() == 1 || SUFFIXES.contains(last.lower());
        return abbreviated && text.startsWith(".", last.end()) ? name + "." : name;
    }

    /** "A." in "Sonya A. Zoghlin": a capital letter and its dot, not the article "A". */
    private static boolean isInitial(String text, Words.Word word) {
        return word.text().length() == 1 && word.capitalized() && text.startsWith(".", word.end());
    }

    /** "NFL", "DL", "CEO": an acronym is an organisation or a title, never part of a person's name. */
    private static boolean isAcronym(Words.Word word) {
        String text = word.text();
        return text.length() >= 2 && capitalsAndDots(text) && !isInitials(word);
    }

    /** "P.J" of "P.J. Fleck": initials run together are a first name; "U.S" is a country, though. */
    private static boolean isInitials(Words.Word word) {
        String text = word.text();
        if (text.length() < 3 || text.length() % 2 == 0 || text.charAt(1) != '.') {
            // most words are no initials, and this is asked of every word of every paragraph
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if ((i % 2 == 1) != (text.charAt(i) == '.') || i % 2 == 0 && !Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return Demonyms.country(text + ".") == null;
    }

    private static boolean capitalsAndDots(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i)) && text.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /** An initial ("P"), a suffix ("Jr") or a particle ("Van", "bin"): part of a name, not one of its words. */
    /** How many lower-case particles ("de", "von der") stand at {@code at} right before a capitalised word; 0 if none. */
    private static int particlesBeforeName(List<Words.Word> words, int at, String text) {
        int n = 0;
        while (at + n < words.size() && n < 2 && !words.get(at + n).capitalized()
                && PARTICLES.contains(words.get(at + n).lower())) {
            n++;
        }
        boolean named = n > 0 && at + n < words.size() && words.get(at + n).capitalized()
                && spaceOnly(text, words.get(at + n - 1).end(), words.get(at + n).start());
        return named ? n : 0;
    }

    private static boolean isInitialOrParticle(Words.Word word) {
        return word.text().length() == 1 || isInitials(word) || SUFFIXES.contains(word.lower())
                || PARTICLES.contains(word.lower());
    }

    /** "Hosting Cook at Dreamforce …": a capitalised -ing word opening a run is a verb, not a first name. */
    private boolean isParticiple(Words.Word word) {
        return lexicon.gerunds && word.text().length() >= 6 && word.lower().endsWith("ing");
    }

    /**
     * Two words of one run: one space apart, an ampersand between, or an initial or abbreviation and its dot ("P.
     * Kennedy").
     */
    private boolean joined(String text, Words.Word previous, Words.Word next) {
        if (spaceOnly(text, previous.end(), next.start()) || isNickname(text, previous, next)) {
            return true;
        }
        if (next.capitalized() && text.startsWith(" & ", previous.end()) && next.start() - previous.end() == 3) {
            // "the Standing Rock Medic & Healer Council", "Johnson & Johnson": an ampersand inside a name
            return true;
        }
        boolean abbreviation = previous.text().length() == 1 && previous.capitalized() || isInitials(previous)
                || isTitleWord(previous);
        return abbreviation && next.start() - previous.end() == 2 && text.startsWith(". ", previous.end());
    }

    /**
     * "Eurogamer’s Stadia review", "Apple’s Tim Cook": a possessive ends a name, what follows is the owner's; but a
     * country's possessive opens a title ("Russia’s Foreign Minister Sergey Lavrov"), and a common noun's is part of
     * the name ("the People’s Daily").
     */
    private boolean endsName(Words.Word word) {
        String text = word.text();
        String owner = possessiveless(text);
        return owner.length() < text.length() && Demonyms.country(owner) == null && !isTitleWord(word)
                && !lexicon.sourceNouns.contains(owner.toLowerCase(Locale.ROOT));
    }

    /** Start of lower-case title words just before a name ("директор ассоциации Андрей Ким"), or {@code start}. */
    private int lowerCaseTitleStart(String text, List<Words.Word> words, int start) {
        int first = start;
        boolean hasRole = false;
        for (int i = start - 1; i >= 0 && start - i <= MAX_TITLE_WORDS; i--) {
            Words.Word w = words.get(i);
            if (!spaceOnly(text, w.end(), words.get(i + 1).start()) || !isTitleWord(w)) {
                break;
            }
            first = i;
            hasRole = true;
        }
        while (first < start && LINKS.contains(words.get(first).lower())) {
            first++;
        }
        return hasRole ? first : start;
    }

    /** ", the project's lead engineer," after a name: the title, or null. */
    private String appositive(String text, int afterName) {
        if (!text.startsWith(", ", afterName)) {
            return null;
        }
        int end = afterName + 2;
        while (end < text.length() && ",.;:".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        List<Words.Word> words = Words.of(text.substring(afterName + 2, end));
        if (words.isEmpty() || words.size() > MAX_TITLE_WORDS
                || words.stream().noneMatch(w -> lexicon.roles.contains(w.lower()))
                || lexicon.verbs.contains(words.get(0).lower())) {
            // "…dubbed the Black Death, say officials": a speech verb opens a clause, not an appositive
            return null;
        }
        String title = text.substring(afterName + 2, end).trim();
        return title.replaceFirst("^(?i)(the|a|an) ", "");
    }

    static int firstLink(List<Words.Word> words, int start, int end) {
        for (int i = start; i < end; i++) {
            if (LINKS.contains(words.get(i).lower())) {
                return i;
            }
        }
        return -1;
    }

    boolean hasTitleWord(List<Words.Word> words, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isTitleWord(words.get(i)) || Demonyms.country(words.get(i).text()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title span holds a word of its own, not only links like "of". */
    private boolean hasRoleWord(List<Words.Word> words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isTitleWord(words.get(i)) && !LINKS.contains(words.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    boolean isTitleWord(Words.Word word) {
        return lexicon.isTitleWord(word.lower());
    }

    static boolean spaceOnly(String text, int from, int to) {
        return to - from == 1 && text.charAt(from) == ' ';
    }
}
