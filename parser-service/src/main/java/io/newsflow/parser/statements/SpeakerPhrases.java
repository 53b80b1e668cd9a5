package io.newsflow.parser.statements;

import io.newsflow.contracts.Speaker;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words before or after a speech verb are, read from their shape and the lexicon alone: an organisation's
 * name ("The World Health Organization"), a noun of sources ("health bosses"), a description ("the leader of
 * Ennahda"), several names joined by "and"; and the words to trim off them (a day, a participle, adverbs).
 * {@link SpeakerResolver} decides from these who spoke.
 */
final class SpeakerPhrases {
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
    /** "D-Indianapolis", "R-Texas", "I-Vt.": a U.S. politician's party and state or city. */
    private static final Pattern PARTY_AND_STATE = Pattern.compile("[DRI]-\\p{Lu}[\\p{L}.]*");
    private static final int MAX_UNNAMED_SOURCE_WORDS = 6;
    /** "indigenous elders", "some local farmers": a plural noun and a few words before it. */
    private static final int MAX_PLURAL_SOURCE_WORDS = 3;
    /** "released on Friday": how many words may say when a source came out. */
    private static final int MAX_WHEN_WORDS = 3;
    /** "data released by MOTIE": the words after which the publisher follows. */
    private static final Set<String> PUBLISHED_BY = Set.of("by", "from", "in");
    private static final Set<String> ADVERBS = Set.of("also", "further", "later", "then", "previously", "earlier",
            "again", "repeatedly", "separately", "reportedly", "recently", "once", "has", "had", "have", "was", "is",
            "instead", "still", "now", "too", "meanwhile", "initially", "finally", "publicly", "privately", "very",
            "just", "first", "rightly", "himself", "herself", "itself", "themselves",
            "также", "тоже", "ранее", "həmçinin", "da", "də");
    /** Words that link the parts of one name: "Department of Health", "Committee on Intelligence and Security". */
    private static final Set<String> LINKS = Set.of("of", "for", "on");

    private final CueLexicon lexicon;

    SpeakerPhrases(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A capitalised name with an organisation word in it that ends the subject: "The World Health Organization"
     * (but not "Council member David Kim", whose head is the person).
     */
    Speaker namedOrganisation(List<Words.Word> words, String phrase) {
        int first = -1;
        int last = -1;
        int organisationWord = -1;
        boolean linked = false;
        for (int i = 0; i < words.size(); i++) {
            Words.Word w = words.get(i);
            if (w.capitalized() && i + 1 < words.size() && !linked
                    && NameReader.possessiveless(w.text()).length() < w.text().length()
                    && !lexicon.isRole(NameReader.possessiveless(w.text()).toLowerCase(Locale.ROOT))) {
                // "Parliament’s Joint Committee on Intelligence": the owner, and the name after it; but a role's
                // possessive is part of the name ("U.S. Attorney’s Office")
                first = -1;
                organisationWord = -1;
                continue;
            }
            if (isPlaceAdjective(w)) {
                // "the London-based Energy Institute", "the Ann Arbor-based Center for Automotive Research": where it
                // is based, not its name
                first = -1;
                organisationWord = -1;
                continue;
            }
            if (w.capitalized() && !lexicon.articles.contains(w.lower())) {
                first = first < 0 ? i : first;
                last = i;
                // only before "of"/"for" does the word head the name: "Alex Horton of the Washington Post" is a person
                organisationWord = !linked && lexicon.organisations.contains(w.lower()) ? i : organisationWord;
            } else if (first >= 0 && LINKS.contains(w.lower())) {
                linked = true;
            } else if (first >= 0 && !isLinkedArticle(words, i)
                    && !(w.lower().equals("and") && i + 1 < words.size() && words.get(i + 1).capitalized())) {
                break;
            }
        }
        boolean endsPhrase = last == words.size() - 1;
        // the organisation word heads the name when only "of …" follows it: not in "White House Press Secretary
        // Stephanie Grisham", whose head is the person
        boolean heads = organisationWord >= 0 && (organisationWord == last
                || LINKS.contains(words.get(organisationWord + 1).lower()));
        for (int i = organisationWord + 1; heads && i < last; i++) {
            // "Federation of Government Employees President J. David Cox": a title after the name, then a person
            Words.Word next = words.get(i + 1);
            heads = !(words.get(i).capitalized() && lexicon.isTitleWord(words.get(i).lower())
                    && (next.text().length() == 1 || Gender.isGivenName(next.text())));
        }
        return heads && endsPhrase
                ? new Speaker(phrase.substring(words.get(first).start(), words.get(last).end()), null, null) : null;
    }

    /** "Statistics Canada’s labour force survey data released Friday": the source without when it came out. */
    String withoutParticiple(String phrase) {
        List<Words.Word> words = Words.of(phrase);
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i).lower();
            // (but "data released by MOTIE" names its publisher after the participle)
            boolean when = words.size() - i <= MAX_WHEN_WORDS
                    && words.subList(i + 1, words.size()).stream().allMatch(x -> lexicon.dates.contains(x.lower())
                            || lexicon.adjuncts.contains(x.lower()) && !PUBLISHED_BY.contains(x.lower()));
            if (when && !words.get(i).capitalized() && w.endsWith("ed") && lexicon.sourceNouns.contains(words.get(i - 1).lower())) {
                return phrase.substring(0, words.get(i).start()).stripTrailing();
            }
        }
        return phrase;
    }

    /** "Russia’s Defense Ministry on Sunday": the phrase without the day it closes with. */
    String withoutDate(String phrase) {
        List<Words.Word> words = Words.of(phrase);
        int last = words.size() - 1;
        // but "D-Minn., in March" is two phrases, no name with its day
        return last >= 2 && phrase.indexOf(',') < 0 && lexicon.dates.contains(words.get(last).lower())
                && lexicon.adjuncts.contains(words.get(last - 1).lower())
                ? phrase.substring(0, words.get(last - 1).start()).stripTrailing() : phrase;
    }

    static String lastWord(List<Words.Word> words) {
        return words.get(words.size() - 1).lower();
    }

    /** "London-based", "Kremlin-backed": a capitalised word joined to a lower-case one, which describes. */
    static boolean isPlaceAdjective(Words.Word word) {
        int hyphen = word.text().lastIndexOf('-');
        return word.capitalized() && hyphen > 0 && hyphen + 1 < word.text().length()
                && Character.isLowerCase(word.text().charAt(hyphen + 1));
    }

    /** "D-Indianapolis": a U.S. politician's party and state, set off after the name. */
    static boolean isPartyAndState(String phrase) {
        return PARTY_AND_STATE.matcher(TRAILING_COMMAS.matcher(phrase).replaceFirst("").strip()).matches();
    }

    /** "The leader of Ennahda", "the BBC's editor": an article, then a role, opening the phrase. */
    boolean describes(String phrase) {
        List<Words.Word> words = Words.of(phrase);
        if (words.size() < 2) {
            return false;
        }
        String first = words.get(0).text();
        // "Epstein's neighbor in both Florida and New York, Donald Trump,": an owner, then what the person is
        boolean owner = lexicon.possessives.contains(words.get(0).lower())
                || NameReader.possessiveless(first).length() < first.length();
        // "Chartered Professional Accountants of Canada’s chief economist, David-Alexandre Brassard": a description
        // that ends in a role after an owner
        String last = words.get(words.size() - 1).lower();
        boolean ownersRole = !words.get(words.size() - 1).capitalized() && lexicon.isRole(last)
                && words.stream().anyMatch(w -> NameReader.possessiveless(w.text()).length() < w.text().length());
        return ownersRole || (lexicon.articles.contains(words.get(0).lower()) || owner)
                && (lexicon.isRole(words.get(1).lower()) || lexicon.isTitleWord(words.get(1).lower()));
    }

    /** "Office for the Western District": an article after "of" or "for" inside a name. */
    private boolean isLinkedArticle(List<Words.Word> words, int i) {
        String previous = i > 0 ? words.get(i - 1).lower() : "";
        return lexicon.articles.contains(words.get(i).lower()) && LINKS.contains(previous);
    }

    /**
     * Two or more capitalised names joined by "and": "The Wrap and Deadline", "Harper and Buckley"; but not inside
     * a name's "of" or "for" part ("the Department of Health and Human Services").
     */
    boolean isCollective(List<Words.Word> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            String w = words.get(i).lower();
            if (LINKS.contains(w)) {
                return false;
            }
            if ((w.equals("and") || w.equals("&")) && words.get(i - 1).capitalized() && words.get(i + 1).capitalized()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short phrase of a noun of sources or of people: "health bosses", "one estimate", "the man", "70 percent of
     * Americans", "backers of tariffs".
     */
    boolean isSourceNoun(List<Words.Word> words) {
        Words.Word last = words.get(words.size() - 1);
        // "indigenous elders say": people in the plural, whom the article does not name
        boolean people = words.size() <= MAX_PLURAL_SOURCE_WORDS && !last.capitalized()
                && lexicon.peopleEndings.stream().anyMatch(last.lower()::endsWith)
                && words.stream().noneMatch(w -> lexicon.auxiliaries.contains(w.lower())
                        || lexicon.subjectPronouns.contains(w.lower()) || lexicon.objectPronouns.contains(w.lower()));
        // "Ukraine’s emergency service said": an organisation by what it is, not by its name
        boolean organisation = !last.capitalized() && (lexicon.organisations.contains(last.lower())
                || lexicon.organisations.contains(singular(last.lower())));
        // "About 37% said": a share of the people asked, as "37 percent" is
        return words.size() <= MAX_UNNAMED_SOURCE_WORDS && (people || organisation || last.isPercentage()
                || words.stream().anyMatch(w -> lexicon.sourceNouns.contains(w.lower())));
    }

    String withoutArticle(List<Words.Word> words, String text) {
        return lexicon.articles.contains(words.get(0).lower()) && words.size() > 1
                ? text.substring(words.get(1).start() - words.get(0).start()) : text;
    }

    /**
     * A capitalised name that is not a person we know: "Reuters", "The White House", "NASA". A lone word that is
     * never a name ("Some said …") or a noun of sources ("Polls show …") is a source left unnamed.
     */
    Speaker organisation(List<Words.Word> words, String text) {
        String lone = words.size() == 1 ? words.get(0).lower() : null;
        if (lone != null && (lexicon.subordinators.contains(lone) || lexicon.conjunctions.contains(lone)
                || lexicon.prepositions.contains(lone) || lexicon.demonstratives.contains(lone))) {
            // "As promised, …", "That suggested …": a word that opens a clause or points back is no one
            return null;
        }
        if (words.size() == 1 && (lexicon.notNames.contains(words.get(0).lower())
                || lexicon.sourceNouns.contains(words.get(0).lower()))) {
            // "Polls show that …": a capitalised noun of sources opening a sentence is no name
            return new Speaker(null, text, null);
        }
        for (Words.Word w : words) {
            if (!w.capitalized() && !w.lower().equals("of") && !w.lower().equals("the")) {
                return null;
            }
        }
        String name = text.regionMatches(true, 0, "the ", 0, 4) ? text.substring(4) : text;
        String owner = words.get(0).text();
        if (words.size() > 1 && NameReader.possessiveless(owner).length() < owner.length()) {
            // "according to Ukraine’s Air Force": the owner, and the name after it
            name = text.substring(words.get(1).start() - words.get(0).start());
        }
        String country = Demonyms.country(name);
        // "The Russian": a nationality is no name
        boolean nationality = country != null && !country.equalsIgnoreCase(name) && !name.equals(name.toUpperCase(Locale.ROOT));
        return nationality ? new Speaker(null, text, country)
                : new Speaker(name, null, null);
    }

    /**
     * Where a word for a person by gender or family stands after "the" with more said about them ("the mother of
     * four") or after an owner ("Travis Kelce’s mom"); -1 when the phrase is no such description.
     */
    int genericPerson(List<Words.Word> words) {
        for (int i = 1; i < words.size(); i++) {
            if (!lexicon.generic.contains(words.get(i).lower())) {
                continue;
            }
            String before = words.get(i - 1).text();
            boolean described = i == 1 && words.size() > 2 && lexicon.articles.contains(before.toLowerCase(Locale.ROOT))
                    && !lexicon.indefinites.contains(before.toLowerCase(Locale.ROOT));
            boolean owned = NameReader.possessiveless(before).length() < before.length();
            return described || owned ? i : -1;
        }
        return -1;
    }

    /**
     * "He essentially", "Karenga publicly", "the actress authoritatively": a word in -ly after a name, a pronoun or a
     * role (not "the family").
     */
    private boolean isAdverbAfterName(Words.Word before, Words.Word word) {
        return !word.capitalized() && word.lower().endsWith("ly") && word.lower().length() > 4
                && (before.capitalized() && !lexicon.notNames.contains(before.lower()) || lexicon.pronouns.contains(before.lower())
                        || lexicon.isRole(before.lower()));
    }

    /** "MEC", "MP": a title written in capitals. */
    static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    List<Words.Word> trimmed(List<Words.Word> words) {
        int from = 0;
        int to = words.size();
        while (from < to - 1 && lexicon.notNames.contains(words.get(from).lower())
                && !lexicon.articles.contains(words.get(from).lower())) {
            from++;
        }
        // "He essentially said", "Trump also claimed", "he did reveal": adverbs and auxiliaries between the subject
        // and its verb
        while (to > from + 1 && (ADVERBS.contains(words.get(to - 1).lower()) || lexicon.adverbs.contains(words.get(to - 1).lower())
                || lexicon.auxiliaries.contains(words.get(to - 1).lower()) && lexicon.pronouns.contains(words.get(to - 2).lower())
                || isAdverbAfterName(words.get(to - 2), words.get(to - 1)))) {
            to--;
        }
        return new ArrayList<>(words.subList(from, to));
    }

    static String singular(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        // "analysis", "status", "class" end in an "s" of their own
        return lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("is") && !lower.endsWith("us")
                && lower.length() > 4 ? lower.substring(0, lower.length() - 1) : lower;
    }
}
