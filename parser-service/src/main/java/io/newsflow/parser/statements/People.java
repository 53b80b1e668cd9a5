package io.newsflow.parser.statements;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The people an article names, with the titles and affiliations it gives them, and where each is mentioned (how
 * a name and its title are read is {@link NameReader}'s job). A later surname alone ("Lavrov") is the same
 * person; organisations that open sentences as their subjects are remembered too, for "the company said".
 */
final class People {
    /**
     * A person named at an offset of the article text.
     *
     * @param salient whether the name opens its sentence, where the sentence's subject stands
     */
    record Mention(int offset, Person person, boolean salient) {
    }

    /** "As it turned out, X …", "In a statement on Monday, X …": the phrase before a subject is short. */
    private static final int MAX_INTRO_WORDS = 8;

    private final CueLexicon lexicon;
    private final NameReader names;
    private final Map<String, Person> byName = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    /** Organisations that opened sentences as their subjects, in order. */
    private final List<Mention> organisations = new ArrayList<>();
    /** Countries that opened sentences as their subjects ("Israel did not appear …"), in order. */
    private final List<Mention> countries = new ArrayList<>();
    /** Organisations named anywhere by a name that ends in an organisation word, in order. */
    private final List<Mention> namedOrganisations = new ArrayList<>();
    /** The article's text as scanned so far, to count how it uses a name. */
    private final StringBuilder text = new StringBuilder();
    /** "Strava" a dozen times beside one "Strava Community Hub": a word used alone this much is a name of its own. */
    private static final int MAX_ALONE_PER_FULL = 3;
    /** Words of a name at least, and of an employer's name that may run on into it. */
    private static final int MIN_NAME_PARTS = 2;
    /** Organisations introduced by what they are, with that word as their title: "newspaper Dagens Nyheter". */
    private final List<Mention> describedOrganisations = new ArrayList<>();
    /** The people of each surname: "Kelce" is Donna Kelce or Travis Kelce, whoever was mentioned last. */
    private final Map<String, Set<String>> namesBySurname = new HashMap<>();
    /** Every capitalised run of two or three words, by its last word: "Oduya" completes to "Sam Oduya". */
    private final Map<String, String> fullNames = new LinkedHashMap<>();
    /** "Royce Mendes, Desjardins Economics managing director": how far after a name its role may stand. */
    private static final int MAX_ROLE_DISTANCE = 5;
    /** "— aka Dr. Maulana Karenga", ", also known as …": what brings in another name of the person before. */
    private static final Set<String> CALLED = Set.of("called", "named");
    private static final Pattern ALIAS = Pattern.compile("\\b(?:aka|a\\.k\\.a\\.|also known as)\\s+$");
    /** How far before a name {@link #ALIAS} is looked for: "also known as" and a space or two. */
    private static final int ALIAS_REACH = 16;
    /** "But", "Though", "Although" with the spaces and marks around them: no longer opening is a single word. */
    private static final int MAX_OPENER_CHARS = 16;
    private static final String QUOTE_MARKS = "“”\"«»„";
    /** "Abu Hassan Amer, 44, agreed": an age set off after a name. */
    private static final Pattern AGE_AFTER = Pattern.compile(",\\s*\\d{1,3},");
    /** The preposition of places: "authorities in Inner Mongolia" are no one named "Inner Mongolia". */
    private static final String PLACE_PREPOSITION = "in";
    private static final Set<String> WHO = Set.of("who", "whose");

    People(CueLexicon lexicon) {
        this.lexicon = lexicon;
        this.names = new NameReader(lexicon);
    }

    /** A name without its accents ("Muller") and with German umlauts spelled out ("Mueller"); none if it has none. */
    static Set<String> unaccented(String name) {
        if (name.chars().allMatch(c -> c < 0x80)) {
            return Set.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (plain.equals(name)) {
            return Set.of();
        }
        String spelledOut = Normalizer.normalize(name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return Set.copyOf(List.of(plain, spelledOut));
    }

    /**
     * "Royce Mendes, Desjardins Economics managing director, was …": a person's role set off right after the name,
     * within a few words.
     */
    private boolean roleAfter(String paragraph, List<Words.Word> words, int end) {
        if (end + 2 < words.size() && lexicon.copulas.contains(words.get(end).lower())
                && lexicon.articles.contains(words.get(end + 1).lower())) {
            // "Saphina Ndali is a mother of two": a person, whom "she" and "the woman" mean next
            String what = words.get(end + 2).lower();
            return lexicon.generic.contains(what) || Gender.ofWord(what, lexicon) != Gender.UNKNOWN
                    || lexicon.isRole(what) && !lexicon.organisationRoles.contains(what) && !lexicon.organisations.contains(what);
        }
        if (end >= words.size() || !paragraph.substring(words.get(end - 1).end(), words.get(end).start()).strip().equals(",")) {
            return false;
        }
        for (int i = end; i < Math.min(words.size(), end + MAX_ROLE_DISTANCE); i++) {
            String w = words.get(i).lower();
            if (!words.get(i).capitalized() && lexicon.isRole(w) && !lexicon.organisationRoles.contains(w)
                    && !lexicon.organisations.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The full name of the surname whose given name fits the gender the title tells, else the first given it. */
    private String fullNameFitting(Person titled) {
        Gender gender = Gender.of(titled, lexicon);
        Set<String> candidates = namesBySurname.getOrDefault(titled.name(), Set.of());
        String first = fullNames.get(titled.name());
        if (gender == Gender.UNKNOWN || candidates.size() < 2) {
            return first;
        }
        String fitting = null;
        for (String candidate : candidates) {
            Gender given = Gender.ofGivenName(candidate.substring(0, candidate.indexOf(' ')).toLowerCase(Locale.ROOT));
            if (given == gender) {
                return candidate;
            }
            fitting = fitting == null && given == Gender.UNKNOWN ? candidate : fitting;
        }
        // (a given name the lexicon does not know fits better than one of the other gender)
        return Gender.ofGivenName(first.substring(0, first.indexOf(' ')).toLowerCase(Locale.ROOT)).fits(gender) || fitting == null
                ? first : fitting;
    }

    /** "Jody Gelner, who has been working at UPS …": a relative clause of "who" follows people, not companies. */
    private static boolean whoAfter(String paragraph, List<Words.Word> words, int end) {
        return end + 1 < words.size() && WHO.contains(words.get(end).lower())
                && paragraph.substring(words.get(end - 1).end(), words.get(end).start()).strip().equals(",");
    }

    /**
     * "Alano De La Rosa holds the top office in Local 90 …. He told me": a run that opens its sentence and that the
     * next sentence opens by calling "he" or "she" is a person whose given name the lexicon does not know.
     */
    private boolean calledHeOrSheNext(String paragraph, List<Words.Word> words, int start, int end) {
        if (!opensSentence(paragraph, words.get(start).start())) {
            return false;
        }
        for (int k = end; k + 1 < words.size(); k++) {
            String between = paragraph.substring(words.get(k).end(), words.get(k + 1).start());
            if (between.indexOf('.') >= 0 || between.indexOf('!') >= 0 || between.indexOf('?') >= 0) {
                Gender gender = Gender.ofWord(words.get(k + 1).lower(), lexicon);
                return words.get(k + 1).capitalized() && lexicon.subjectPronouns.contains(words.get(k + 1).lower())
                        && gender != Gender.UNKNOWN;
            }
        }
        return false;
    }

    /**
     * The full name a word opens ("Li" of "Li Jifeng"), or the one it ends; but not when the article mostly uses the
     * word alone, as its own name ("Strava", beside one "Strava Community Hub"; "Nissan" beside "Nissan Sales").
     */
    private String fullNameOf(String word, int offset) {
        Set<String> namesakes = namesBySurname.getOrDefault(word, Set.of());
        if (namesakes.size() > 1) {
            // "“…,” Kelce shared." after "Donna Kelce" and "Travis Kelce": the one mentioned last
            Mention last = lastBefore(offset, person -> namesakes.contains(person.name()));
            if (last != null) {
                return last.person().name();
            }
        }
        String full = fullNames.get(word);
        if (full == null || !full.startsWith(word + " ") || Gender.ofGivenName(word.toLowerCase(Locale.ROOT)) != Gender.UNKNOWN) {
            // (a person's given name, "Donna" of "Donna Kelce", stays theirs however often the article uses it)
            return full;
        }
        int whole = occurrences(full);
        return occurrences(word) - whole > MAX_ALONE_PER_FULL * Math.max(1, whole) ? null : full;
    }

    /**
     * Where the name starts in a capitalised run: after the name of two words or more of an employer the article
     * also used alone, which runs on into it ("Marketing Manager at Ocean Florida Abby Dunn" after "… at Ocean
     * Florida").
     */
    private int afterEmployer(String text, List<Words.Word> words, int start, int end) {
        int whole = occurrences(text.substring(words.get(start).start(), words.get(end - 1).end()));
        for (int k = end - MIN_NAME_PARTS; k >= start + MIN_NAME_PARTS; k--) {
            if (occurrences(text.substring(words.get(start).start(), words.get(k - 1).end())) > whole) {
                return k;
            }
        }
        return start;
    }

    private int occurrences(String phrase) {
        int count = 0;
        for (int i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + phrase.length())) {
            boolean start = i == 0 || !Character.isLetter(text.charAt(i - 1));
            boolean end = i + phrase.length() >= text.length() || !Character.isLetter(text.charAt(i + phrase.length()));
            count += start && end ? 1 : 0;
        }
        return count;
    }

    /** Registers every titled person named in the paragraph that starts at {@code offset} of the article. */
    void scan(String paragraph, int offset) {
        text.append(paragraph).append('\n');
        List<Words.Word> words = Words.of(paragraph);
        int i = 0;
        while (i < words.size()) {
            if (words.get(i).capitalized() && lexicon.notNames.contains(words.get(i).lower())) {
                // "When Patrick walked in": the word that opens the sentence is no part of the name
                i++;
                continue;
            }
            int end = names.nameEnd(words, i, paragraph);
            if (end - i == 1 && fullNames.containsKey(NameReader.possessiveless(words.get(i).text()))) {
                // a surname alone ("Omar asked …") is the known person, and may be who "she" refers to next
                String surname = NameReader.possessiveless(words.get(i).text());
                String namesake = fullNameOf(surname, offset + words.get(i).start());
                String name = namesake != null && namesake.endsWith(" " + surname) ? namesake : fullNames.get(surname);
                Person known = lookup(name);
                mention(offset + words.get(i).start(), known == null ? new Person(name, null, null) : known,
                        isSubject(paragraph, words.get(i).start(), words.get(i).text()));
                i = end;
            } else if (end - i >= 2 && describedOrganisation(paragraph, words, i, end, offset)) {
                // "newspaper Dagens Nyheter" is no person with the title "newspaper"
                i = end;
            } else if (end - i >= 2) {
                Person person = names.describe(paragraph, words, afterEmployer(paragraph, words, i, end), end);
                if (person != null && namesOrganisation(person)) {
                    // "Department of Environmental Protection" is no person "Environmental Protection"
                    person = null;
                }
                if (person != null && person.name().indexOf(' ') < 0 && fullNames.containsKey(person.name())) {
                    // "Mr. Georgelis" after "Tasos Georgelis": the person named in full before; "Ms. Lassiter" after
                    // "Scott Lassiter, and his wife, Jamie Liles Lassiter": the one her title fits
                    person = new Person(fullNameFitting(person), person.title(), person.affiliation());
                } else if (person != null && person.name().indexOf(' ') > 0 && fullNames.containsKey(person.surname())
                        && fullNames.get(person.surname()).endsWith(" " + person.name())) {
                    // "Forrest Jones said" after "Michael Forrest Jones": the end of a name given in full before
                    person = new Person(fullNames.get(person.surname()), person.title(), person.affiliation());
                }
                if (person != null && ALIAS.matcher(paragraph).useTransparentBounds(true)
                        .region(Math.max(0, words.get(i).start() - ALIAS_REACH), words.get(i).start()).find()) {
                    // "Ron Karenga — aka Dr. Maulana Karenga": another name of the person just named, no namesake
                    i = end;
                    continue;
                }
                if (person != null && person.name().indexOf(' ') > 0) {
                    fullNames.putIfAbsent(person.surname(), person.name());
                    namesBySurname.computeIfAbsent(person.surname(), k -> new LinkedHashSet<>()).add(person.name());
                    // "Gerhard Müller" … "Muller criticized", "Mueller said": a surname as other papers spell it
                    for (String spelling : unaccented(person.surname())) {
                        fullNames.putIfAbsent(spelling, person.name());
                    }
                    // "Li Jifeng" … "Li said": names that put the family name first are found by it too
                    fullNames.putIfAbsent(person.name().substring(0, person.name().indexOf(' ')), person.name());
                    String[] parts = person.name().split(" ");
                    if (parts.length == 3 && Character.isUpperCase(parts[1].charAt(0)) && parts[1].length() > 2) {
                        // "Guadalupe Salinas Hernández" … "Salinas": a first surname goes for the person too
                        fullNames.putIfAbsent(parts[1], person.name());
                    }
                } else if (person != null && person.title() != null) {
                    // "Prince Andrew", "President Trump": one name with a title, by which the article goes on
                    fullNames.putIfAbsent(person.name(), person.name());
                }
                if (person != null && (person.title() != null || lookup(person.name()) != null
                        || Gender.of(person, lexicon) != Gender.UNKNOWN
                        || AGE_AFTER.matcher(paragraph).region(words.get(end - 1).end(), paragraph.length()).lookingAt()
                        || roleAfter(paragraph, words, end) || whoAfter(paragraph, words, end)
                        || calledHeOrSheNext(paragraph, words, i, end))) {
                    // a title, an earlier mention, a given name ("Charlie McDowell"), an age ("Abu Hassan Amer, 44,")
                    // or a role, "who" or "he" after it make a run a person
                    mention(offset + words.get(i).start(), person,
                            isSubject(paragraph, words.get(i).start(), words.get(end - 1).text()));
                } else {
                    organisation(paragraph, words, i, end, offset);
                }
                i = end;
            } else if (end > i) {
                organisation(paragraph, words, i, end, offset);
                i = end;
            } else {
                // a word in lower case opens no name, and most words are such words
                i++;
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
            int end = names.nameEnd(words, i, phrase);
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
        boolean[] place = new boolean[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            int before = runs.get(r)[0] - 1;
            if (before > 0 && lexicon.articles.contains(words.get(before).lower())) {
                before--;
            }
            boolean joined = before >= 0 && (words.get(before).lower().equals("and") || words.get(before).text().equals("&"));
            complement[r] = before >= 0 && lexicon.prepositions.contains(words.get(before).lower())
                    || joined && r > 0 && complement[r - 1];
            place[r] = before >= 0 && words.get(before).lower().equals(PLACE_PREPOSITION);
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
        for (int r = 0; r < runs.size(); r++) {
            // "a spokesperson for Apple": the employer speaks; but "health authorities in Inner Mongolia" is where
            Person person = place[r] ? null : person(phrase, words, runs.get(r)[0], runs.get(r)[1], offset);
            if (person != null) {
                return person;
            }
        }
        return null;
    }

    private Person person(String phrase, List<Words.Word> words, int start, int end, int offset) {
        int link = NameReader.firstLink(words, start, end);
        if (link > start + 1 && !names.hasTitleWord(words, start, link)) {
            // "Rosaly Lopes of NASA's Jet Propulsion Laboratory": the name, then where the person works
            end = link;
        }
        // "Peter King"; "Expert said" after "study co-author Paul Expert": a title word that is a surname
        boolean surname = end - 2 >= start && Gender.isGivenName(words.get(end - 2).text())
                || end - start == 1 && fullNames.containsKey(NameReader.possessiveless(words.get(start).text()));
        if (names.isTitleWord(words.get(end - 1)) && !surname || Demonyms.country(words.get(end - 1).text()) != null) {
            return null;
        }
        String last = words.get(end - 1).text();
        if (end < words.size() && (last.endsWith("’s") || last.endsWith("'s"))) {
            // "President Trump’s advisers suggested": the name only says whose advisers spoke
            return null;
        }
        if (end - start == 1 && Publishers.isDocument(words.get(start).lower())) {
            // "Research by Xin Xu …": a document opening the sentence, by whoever follows "by"
            return null;
        }
        Person person = names.describe(phrase, words, afterEmployer(phrase, words, start, end), end);
        if (person == null) {
            return null;
        }
        String fullName = fullNameOf(person.name(), offset);
        boolean namesake = namesBySurname.getOrDefault(person.name(), Set.of()).size() > 1 && fullName != null;
        Person known = lookup(namesake ? fullName : person.name());
        String bySurname = fullNames.get(person.surname());
        if (fullName == null && bySurname != null
                && bySurname.toLowerCase(Locale.ROOT).endsWith(" " + person.name().toLowerCase(Locale.ROOT))) {
            // "De Miranda" opening a sentence is "Luis de Miranda"
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
    /**
     * Registers "newspaper Dagens Nyheter", "investment banking giant Goldman Sachs" as an organisation of that kind;
     * false when no word for a kind of organisation stands right before the run.
     */
    private boolean describedOrganisation(String paragraph, List<Words.Word> words, int start, int end, int offset) {
        // "The group, called Energy Control,": the kind, then the name it goes by
        boolean called = start > 1 && CALLED.contains(words.get(start - 1).lower());
        int kind = called ? start - 2 : start - 1;
        String descriptor = kind >= 0 && end > start ? words.get(kind).lower() : null;
        if (descriptor == null || words.get(kind).capitalized() || !lexicon.organisationRoles.contains(descriptor)
                || !called && !NameReader.spaceOnly(paragraph, words.get(kind).end(), words.get(start).start())
                || lexicon.notNames.contains(words.get(start).lower())
                || lexicon.subjectPronouns.contains(words.get(start).lower())) {
            return false;
        }
        String name = paragraph.substring(words.get(start).start(), words.get(end - 1).end());
        describedOrganisations.add(new Mention(offset + words.get(start).start(), new Person(name, descriptor, null), false));
        // "Alden" after "private equity firm Alden Capital": the organisation by the first word of its name
        fullNames.putIfAbsent(NameReader.possessiveless(words.get(start).text()), name);
        return true;
    }

    private void organisation(String paragraph, List<Words.Word> words, int start, int end, int offset) {
        describedOrganisation(paragraph, words, start, end, offset);
        if (end - start >= 2 && lexicon.organisations.contains(words.get(end - 1).lower())) {
            int first = lexicon.articles.contains(words.get(start).lower()) ? start + 1 : start;
            namedOrganisations.add(new Mention(offset + words.get(first).start(),
                    new Person(paragraph.substring(words.get(first).start(), words.get(end - 1).end()), null, null), false));
        }
        if (end <= start || end >= words.size() || !isVerb(words.get(end))
                || !NameReader.spaceOnly(paragraph, words.get(end - 1).end(), words.get(end).start())
                || !opensSentence(paragraph, words.get(start).start())
                || lexicon.notNames.contains(words.get(start).lower()) || lexicon.pronouns.contains(words.get(start).lower())
                || lexicon.subjectPronouns.contains(words.get(start).lower())) {
            return;
        }
        String country = Demonyms.country(words.get(start).text());
        if (country != null) {
            if (end - start == 1 && country.equals(words.get(start).text())) {
                countries.add(new Mention(offset + words.get(start).start(), new Person(country, null, null), true));
            }
            return;
        }
        String last = words.get(end - 1).text();
        // "Fares have increased": a plural noun opening its sentence before a plural verb is no company
        boolean plural = end - start == 1 && last.endsWith("s") && lexicon.pluralVerbs.contains(words.get(end).lower());
        // "Surveillance is a common intimidation tactic": a word defined as a kind of thing is no company
        boolean defined = end - start == 1 && end + 1 < words.size() && lexicon.copulas.contains(words.get(end).lower())
                && lexicon.indefinites.contains(words.get(end + 1).lower());
        boolean organisationName = !plural && !defined && (end - start == 1 || lexicon.organisations.contains(words.get(end - 1).lower()));
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

    /** Whether a "title" is an organisation's head and link: "Department of" before "Environmental Protection". */
    private boolean namesOrganisation(Person person) {
        List<Words.Word> title = person.title() == null ? List.of() : Words.of(person.title());
        return title.size() == 2 && title.get(0).capitalized() && lexicon.organisations.contains(title.get(0).lower())
                && lexicon.prepositions.contains(title.get(1).lower());
    }

    /** The last organisation named by its head word ("the Electoral Commission") before {@code offset}, or null. */
    Mention lastNamedOrganisationBefore(int offset) {
        Mention last = null;
        for (Mention m : namedOrganisations) {
            if (m.offset() < offset) {
                last = m;
            }
        }
        return last;
    }

    /**
     * The full name of an organisation named by its head word before {@code offset} that starts with this one word
     * ("Bloomberg News" for "Bloomberg"), or null.
     */
    String organisationStartingWith(String word, int offset) {
        String found = null;
        for (Mention m : namedOrganisations) {
            if (m.offset() < offset && m.person().name().startsWith(word + " ")) {
                found = m.person().name();
            }
        }
        // "Nissan" a dozen times beside one "Nissan North America Inc.": the word is the name the article uses
        return found == null || occurrences(word) - occurrences(found) > MAX_ALONE_PER_FULL * Math.max(1, occurrences(found))
                ? null : found;
    }

    /**
     * The last organisation named before {@code offset} with this word in its name ("center" of "the National Weather
     * Service’s Storm Prediction Center"), or null.
     */
    String lastNamedOrganisationWith(String word, int offset) {
        String last = null;
        for (Mention m : namedOrganisations) {
            if (m.offset() < offset && Words.of(m.person().name()).stream().anyMatch(w -> w.lower().equals(word))) {
                last = m.person().name();
            }
        }
        return last;
    }

    /** The last organisation introduced as this kind ("newspaper") before {@code offset}, or null. */
    String lastDescribedAs(String kind, int offset) {
        String last = null;
        for (Mention m : describedOrganisations) {
            if (m.offset() < offset && m.person().title().equals(kind)) {
                last = m.person().name();
            }
        }
        return last;
    }

    /** Whether the article introduced this name as an organisation of some kind ("banking giant Goldman Sachs"). */
    boolean isDescribedOrganisation(String name) {
        return describedOrganisations.stream().anyMatch(m -> m.person().name().equals(name));
    }

    /** The last country that opened a sentence as its subject before {@code offset}, or null. */
    Mention lastCountrySubjectBefore(int offset) {
        Mention last = null;
        for (Mention m : countries) {
            if (m.offset() < offset) {
                last = m;
            }
        }
        return last;
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

    /**
     * The name the article gives the author of a post signed with this display name and handle: "Donald Trump" for
     * "Donald J. Trump"; for a display name that is no name ("anna or whatever (@annapickard)"), the person whose name
     * the handle spells; null when the article names neither.
     */
    String authorOf(String display, String handle) {
        List<Words.Word> words = Words.of(display);
        if (!words.stream().allMatch(Words.Word::capitalized)) {
            return nameOfHandle(handle);
        }
        boolean initials = words.size() > 2 && words.subList(1, words.size() - 1).stream().allMatch(w -> w.text().length() == 1);
        String plain = initials ? words.get(0).text() + " " + words.get(words.size() - 1).text() : null;
        return plain != null && byName.containsKey(plain) ? plain : null;
    }

    /** The person the article names whose name, its letters run together, is this handle ("annapickard"); or null. */
    private String nameOfHandle(String handle) {
        String wanted = handle.toLowerCase(Locale.ROOT);
        for (Person person : byName.values()) {
            if (person.name().indexOf(' ') > 0
                    && person.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "").equals(wanted)) {
                return person.name();
            }
        }
        return null;
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
        boolean fullName = name.indexOf(' ') > 0;
        for (Person p : byName.values()) {
            // "Fiona Parry" is not "Eloise Parry": a full name meets another full name only when they are the same
            if (p.surname().equals(surname) && (!fullName || p.name().indexOf(' ') < 0)) {
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
    /** Whether a quote opened before {@code at} in the paragraph is still open there. */
    private static boolean insideQuote(String text, int at) {
        int curly = 0;
        int straight = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            curly += c == '“' || c == '«' ? 1 : c == '”' || c == '»' ? -1 : 0;
            straight += c == '"' ? 1 : 0;
        }
        return curly > 0 || straight % 2 == 1;
    }

    private boolean isSubject(String text, int start, String lastWord) {
        if (lastWord.endsWith("’s") || lastWord.endsWith("'s") || insideQuote(text, start)) {
            // (and in "“… Gauteng is acting with urgency,” he said" the speaker's words are about others)
            return false;
        }
        if (opensSentence(text, start) || lexicon.clefts.stream().anyMatch(cleft -> endsWithIgnoringCase(text, start, cleft + " "))) {
            // "it was Katie Boulter who got the ball rolling": a cleft puts its subject after "it was"
            return true;
        }
        int opener = start - 1;
        while (opener > 0 && ".!?".indexOf(text.charAt(opener - 1)) < 0) {
            opener--;
        }
        // (only a short opening can be one conjunction: longer ones are not split into words at all)
        List<Words.Word> opening = start - opener <= MAX_OPENER_CHARS ? Words.of(text.substring(opener, start)) : List.of();
        if (opening.size() == 1 && opening.get(0).capitalized() && (lexicon.conjunctions.contains(opening.get(0).lower())
                || lexicon.subordinators.contains(opening.get(0).lower()))
                && text.substring(opening.get(0).end() + opener, start).isBlank()) {
            // "But Murray struck at the next opportunity", "Though Mariam do not know …": a conjunction, then the
            // subject
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
        return intro.indexOf(',') < 0 && intro.chars().noneMatch(c -> QUOTE_MARKS.indexOf(c) >= 0)
                && Words.of(intro).size() <= MAX_INTRO_WORDS;
    }

    private static boolean endsWithIgnoringCase(String text, int end, String suffix) {
        return end >= suffix.length() && text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
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

    /** "the Republican governor" of "Indiana Gov. Eric Holcomb": a title word, written out or abbreviated. */
    private boolean hasAll(String title, List<String> words) {
        List<String> titleWords = Words.of(title).stream().map(Words.Word::lower).toList();
        for (String w : words) {
            String abbreviation = lexicon.titleAbbreviations.get(w);
            if (!title.contains(w) && (abbreviation == null || !titleWords.contains(abbreviation))) {
                return false;
            }
        }
        return true;
    }

}
