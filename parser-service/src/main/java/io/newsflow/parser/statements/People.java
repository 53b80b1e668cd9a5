package io.newsflow.parser.statements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The people an article names, with the titles and affiliations it gives them, and where each is mentioned.
 * Names are capitalised runs ("Sergey Lavrov"); a title is the run of title words before a name ("Russian
 * Foreign Minister Sergey Lavrov", "директор ассоциации Андрей Ким") or an appositive after it ("Tomas Berg, the
 * project's lead engineer"). A later surname alone ("Lavrov") is the same person.
 */
final class People {
    /**
     * A person named at an offset of the article text.
     *
     * @param salient whether the name opens its sentence, where the sentence's subject stands
     */
    record Mention(int offset, Person person, boolean salient) {
    }

    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 7;
    /** "As it turned out, X …", "In a statement on Monday, X …": the phrase before a subject is short. */
    private static final int MAX_INTRO_WORDS = 8;
    /** Lower-case words that may join the capitalised words of a title: "Minister of Foreign Affairs". */
    private static final Set<String> LINKS = Set.of("of", "for");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "la", "le",
            "bin", "ibn", "al", "el", "dos", "del");

    private final CueLexicon lexicon;
    private final Map<String, Person> byName = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    /** Organisations that opened sentences as their subjects, in order. */
    private final List<Mention> organisations = new ArrayList<>();
    /** Every capitalised run of two or three words, by its last word: "Oduya" completes to "Sam Oduya". */
    private final Map<String, String> fullNames = new LinkedHashMap<>();

    People(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Registers every titled person named in the paragraph that starts at {@code offset} of the article. */
    void scan(String paragraph, int offset) {
        List<Words.Word> words = Words.of(paragraph);
        int i = 0;
        while (i < words.size()) {
            if (words.get(i).capitalized() && lexicon.notNames.contains(words.get(i).lower())) {
                // "When Patrick walked in": the word that opens the sentence is no part of the name
                i++;
                continue;
            }
            int end = nameEnd(words, i, paragraph);
            if (end - i == 1 && fullNames.containsKey(possessiveless(words.get(i).text()))) {
                // a surname alone ("Omar asked …") is the known person, and may be who "she" refers to next
                String name = fullNames.get(possessiveless(words.get(i).text()));
                Person known = lookup(name);
                mention(offset + words.get(i).start(), known == null ? new Person(name, null, null) : known,
                        isSubject(paragraph, words.get(i).start(), words.get(i).text()));
                i = end;
            } else if (end - i >= 2) {
                Person person = describe(paragraph, words, i, end);
                if (person != null && person.name().indexOf(' ') > 0) {
                    fullNames.putIfAbsent(person.surname(), person.name());
                    // "Li Jifeng" … "Li said": names that put the family name first are found by it too
                    fullNames.putIfAbsent(person.name().substring(0, person.name().indexOf(' ')), person.name());
                } else if (person != null && person.title() != null) {
                    // "Prince Andrew", "President Trump": one name with a title, by which the article goes on
                    fullNames.putIfAbsent(person.name(), person.name());
                }
                if (person != null && (person.title() != null || lookup(person.name()) != null
                        || Gender.of(person, lexicon) != Gender.UNKNOWN)) {
                    // a title, an earlier mention or a given name ("Charlie McDowell") make a run a person
                    mention(offset + words.get(i).start(), person,
                            isSubject(paragraph, words.get(i).start(), words.get(end - 1).text()));
                } else {
                    organisation(paragraph, words, i, end, offset);
                }
                i = end;
            } else {
                organisation(paragraph, words, i, end, offset);
                i = Math.max(end, i + 1);
            }
        }
    }

    /**
     * The person a subject phrase names ("Minister Jeyhun Bayramov", "Lavrov"), registering what it says of them;
     * null when the phrase names nobody.
     */
    Person named(String phrase, int offset) {
        List<Words.Word> words = Words.of(phrase);
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int end = nameEnd(words, i, phrase);
            if (end > i) {
                runs.add(new int[] {i, end});
                i = end;
            } else {
                i++;
            }
        }
        // The head of a subject stands last ("Walt Disney Co. executive Kevin Mayer"), unless a preposition makes
        // the last run a place or an employer ("Tim Cook of Apple", "Dr. Khaldun of the Department of Health and
        // Human Services"); failing that, the first run that names someone.
        boolean[] complement = new boolean[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            int before = runs.get(r)[0] - 1;
            if (before > 0 && lexicon.articles.contains(words.get(before).lower())) {
                before--;
            }
            boolean joined = before >= 0 && (words.get(before).lower().equals("and") || words.get(before).text().equals("&"));
            complement[r] = before >= 0 && lexicon.prepositions.contains(words.get(before).lower())
                    || joined && r > 0 && complement[r - 1];
        }
        for (int r = runs.size() - 1; r >= 0; r--) {
            int start = runs.get(r)[0];
            if (complement[r]) {
                continue;
            }
            Person person = person(phrase, words, start, runs.get(r)[1], offset);
            if (person != null) {
                return person;
            }
        }
        for (int[] run : runs) {
            Person person = person(phrase, words, run[0], run[1], offset);
            if (person != null) {
                return person;
            }
        }
        return null;
    }

    private Person person(String phrase, List<Words.Word> words, int start, int end, int offset) {
        int link = firstLink(words, start, end);
        if (link > start + 1 && !hasTitleWord(words, start, link)) {
            // "Rosaly Lopes of NASA's Jet Propulsion Laboratory": the name, then where the person works
            end = link;
        }
        if (isTitleWord(words.get(end - 1)) || Demonyms.country(words.get(end - 1).text()) != null) {
            return null;
        }
        String last = words.get(end - 1).text();
        if (end < words.size() && (last.endsWith("’s") || last.endsWith("'s"))) {
            // "President Trump’s advisers suggested": the name only says whose advisers spoke
            return null;
        }
        Person person = describe(phrase, words, start, end);
        if (person == null) {
            return null;
        }
        Person known = lookup(person.name());
        String fullName = fullNames.get(person.name());
        String bySurname = fullNames.get(person.surname());
        if (fullName == null && bySurname != null && bySurname.endsWith(" " + person.name())) {
            fullName = bySurname;
        }
        if (known == null && fullName != null) {
            person = new Person(fullName, person.title(), person.affiliation());
        } else if (known == null && person.name().indexOf(' ') < 0 && person.title() == null) {
            return null;
        }
        return mention(offset, known == null ? person : known.merge(person), true);
    }

    /**
     * Registers a capitalised run that opens its sentence as a subject and names no person ("Volkswagen is giving
     * us …", "Nissan is hoping …") as an organisation the article talks about, for "the automaker said".
     */
    private void organisation(String paragraph, List<Words.Word> words, int start, int end, int offset) {
        if (end <= start || end >= words.size() || !isVerb(words.get(end))
                || !spaceOnly(paragraph, words.get(end - 1).end(), words.get(end).start())
                || !opensSentence(paragraph, words.get(start).start())
                || lexicon.notNames.contains(words.get(start).lower()) || lexicon.pronouns.contains(words.get(start).lower())
                || Demonyms.country(words.get(start).text()) != null) {
            return;
        }
        String last = words.get(end - 1).text();
        boolean organisationName = end - start == 1 || lexicon.organisations.contains(words.get(end - 1).lower());
        // "Scooter Braun is …" is more likely a person nobody titled than a company
        if (organisationName && !last.endsWith("’s") && !last.endsWith("'s")) {
            organisations.add(new Mention(offset + words.get(start).start(),
                    new Person(paragraph.substring(words.get(start).start(), words.get(end - 1).end()), null, null), true));
        }
    }

    /** "is", "has", "declined": a word that is surely a verb (a plural noun in -s may not be: "Record labels"). */
    private boolean isVerb(Words.Word word) {
        return !word.capitalized() && (lexicon.auxiliaries.contains(word.lower())
                || word.lower().endsWith("ed") && word.lower().length() > 4);
    }

    /** The last organisation that opened a sentence before {@code offset}, or null. */
    String lastOrganisationBefore(int offset) {
        String last = null;
        for (Mention m : organisations) {
            if (m.offset() < offset) {
                last = m.person().name();
            }
        }
        return last;
    }

    /** The most recently mentioned person before {@code offset} whose title has all these words, or null. */
    Person described(List<String> titleWords, String affiliation, int offset) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            Person p = lookup(m.person().name());
            if (p != null && m.offset() < offset && p.title() != null && hasAll(p.title().toLowerCase(), titleWords)
                    && (affiliation == null || affiliation.equals(p.affiliation()))) {
                return p;
            }
        }
        return null;
    }

    /** The last mention before {@code offset} of a person who opened a sentence, or null. */
    Mention lastSalientBefore(int offset) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.offset() < offset && m.salient()) {
                last = new Mention(m.offset(), lookup(m.person().name()), true);
            }
        }
        return last;
    }

    /** The last mention before {@code offset} of a person who passes the test, or null. */
    Mention lastBefore(int offset, Predicate<Person> test) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            Person person = lookup(m.person().name());
            if (m.offset() < offset && test.test(person)) {
                return new Mention(m.offset(), person, m.salient());
            }
        }
        return null;
    }

    Person mention(int offset, Person person, boolean salient) {
        Person known = lookup(person.name());
        Person merged = known == null ? person : known.merge(person);
        if (known != null && !known.name().equals(merged.name())) {
            byName.remove(known.name());
        }
        byName.put(merged.name(), merged);
        int at = mentions.size();
        while (at > 0 && mentions.get(at - 1).offset() > offset) {
            at--;
        }
        mentions.add(at, new Mention(offset, merged, salient));
        return merged;
    }

    private Person lookup(String name) {
        Person exact = byName.get(name);
        if (exact != null) {
            return exact;
        }
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        for (Person p : byName.values()) {
            if (p.surname().equals(surname)) {
                return p;
            }
        }
        if (name.indexOf(' ') < 0) {
            for (Person p : byName.values()) {
                if (isInflected(name, p.surname())) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Whether a name at {@code start} stands where its sentence's subject does: opening it, or after one short
     * introductory phrase ("As it turned out, Steenburgen had …"). A possessive ("Steenburgen’s son") is not the
     * subject, whatever its place.
     */
    private static boolean isSubject(String text, int start, String lastWord) {
        if (lastWord.endsWith("’s") || lastWord.endsWith("'s")) {
            return false;
        }
        if (opensSentence(text, start)) {
            return true;
        }
        int comma = start - 1;
        while (comma >= 0 && Character.isWhitespace(text.charAt(comma))) {
            comma--;
        }
        if (comma < 0 || text.charAt(comma) != ',') {
            return false;
        }
        int sentenceStart = comma;
        while (sentenceStart > 0 && ".!?".indexOf(text.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        String intro = text.substring(sentenceStart, comma);
        return intro.indexOf(',') < 0 && !intro.matches("(?s).*[“”\"«»„].*")
                && Words.of(intro).size() <= MAX_INTRO_WORDS;
    }

    private static boolean opensSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /** "Лаврова", "Bayramovun": a surname with a case ending, as Russian, Azerbaijani or Turkish write it. */
    private static boolean isInflected(String word, String surname) {
        return surname.length() >= 4 && word.length() > surname.length() && word.length() - surname.length() <= 3
                && word.startsWith(surname);
    }

    /**
     * End (exclusive) of the capitalised run starting at {@code i}: words one space apart ("James P. Kennedy" and
     * "Dr. Martins" too), "of"/"for" inside.
     */
    private int nameEnd(List<Words.Word> words, int i, String text) {
        if (!words.get(i).capitalized()) {
            return i;
        }
        int end = i + 1;
        while (end < words.size() && end - i < MAX_NAME_WORDS + MAX_TITLE_WORDS
                && joined(text, words.get(end - 1), words.get(end))) {
            Words.Word word = words.get(end);
            if (word.capitalized()) {
                end++;
            } else if (LINKS.contains(word.lower()) && end + 1 < words.size() && words.get(end + 1).capitalized()
                    && spaceOnly(text, word.end(), words.get(end + 1).start())) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** Splits a capitalised run into title and name, and reads the title and affiliation around it; null if no name. */
    private Person describe(String text, List<Words.Word> words, int start, int end) {
        int nameStart = end;
        int nameWords = 0;
        while (nameStart > start && nameWords < MAX_NAME_WORDS && !isTitleWord(words.get(nameStart - 1))
                && Demonyms.country(words.get(nameStart - 1).text()) == null
                && !(lexicon.notNames.contains(words.get(nameStart - 1).lower()) && !isInitial(text, words.get(nameStart - 1)))
                && !isAcronym(words.get(nameStart - 1))) {
            nameStart--;
            if (!isInitialOrParticle(words.get(nameStart))) {
                nameWords++;
            }
        }
        if (nameStart < end - 1 && nameStart == start && isParticiple(words.get(nameStart))) {
            nameStart++;
        }
        if (nameStart == end || LINKS.contains(words.get(nameStart).lower())) {
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

    private static String possessiveless(String word) {
        return word.endsWith("’s") || word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    /** "Sonya A. Zoghlin", "Kennedy Jr.", "Hege’s": the name's text, with the dot of an initial or suffix, without "’s". */
    private static String nameText(String text, Words.Word first, Words.Word last) {
        String name = text.substring(first.start(), last.end());
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
        return word.text().length() >= 2 && word.text().chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
    }

    /** An initial ("P"), a suffix ("Jr") or a particle ("Van", "bin"): part of a name, not one of its words. */
    private static boolean isInitialOrParticle(Words.Word word) {
        return word.text().length() == 1 || SUFFIXES.contains(word.lower()) || PARTICLES.contains(word.lower());
    }

    /** "Hosting Cook at Dreamforce …": a capitalised -ing word opening a run is a verb, not a first name. */
    private boolean isParticiple(Words.Word word) {
        return lexicon.gerunds && word.text().length() >= 6 && word.lower().endsWith("ing");
    }

    /** Two words of one run: one space apart, or an initial or abbreviation and its dot ("P. Kennedy"). */
    private boolean joined(String text, Words.Word previous, Words.Word next) {
        if (spaceOnly(text, previous.end(), next.start())) {
            return true;
        }
        boolean abbreviation = previous.text().length() == 1 && previous.capitalized() || isTitleWord(previous);
        return abbreviation && next.start() - previous.end() == 2 && text.startsWith(". ", previous.end());
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

    private static int firstLink(List<Words.Word> words, int start, int end) {
        for (int i = start; i < end; i++) {
            if (LINKS.contains(words.get(i).lower())) {
                return i;
            }
        }
        return -1;
    }

    private boolean hasTitleWord(List<Words.Word> words, int start, int end) {
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

    private boolean isTitleWord(Words.Word word) {
        return lexicon.isTitleWord(word.lower());
    }

    private static boolean hasAll(String title, List<String> words) {
        for (String w : words) {
            if (!title.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean spaceOnly(String text, int from, int to) {
        return to - from == 1 && text.charAt(from) == ' ';
    }
}
