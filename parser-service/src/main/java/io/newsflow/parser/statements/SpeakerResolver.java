package io.newsflow.parser.statements;

import io.newsflow.contracts.Speaker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the subject of a speech verb into a speaker: a name ("Sergey Lavrov"), a pronoun (the last speaker),
 * a description ("the Azerbaijani foreign minister": the last-mentioned person whose title and affiliation fit),
 * or an organisation ("the ministry", "Reuters"). A description nobody fits keeps its words as the title and
 * leaves the name empty rather than guess. Anything else ("the talks", "a document") is no speaker.
 */
final class SpeakerResolver {
    private static final int MAX_SUBJECT_WORDS = 12;
    /** What a speaker issues and the article then quotes on its own: "the statement said", "the release says". */
    private static final Set<String> STATEMENTS = Set.of("statement", "release");
    /** "for what he said", "which she called": words that open a clause whose subject speaks. */
    private static final Set<String> WH_WORDS = Set.of("what", "which", "whatever", "how", "why");
    /** "Edmunds.com", "Polygraph.info": a site's name, dot and top-level domain included. */
    /** "her mother, Fiona, said": the commas and spaces a subject phrase ends with. */
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i)the ");
    private static final Pattern DEFINED_ABBREVIATION = Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}\\d&.-]{1,11}\\)[,\\s]*$");
    /** "TNO's analysis of the machine gun fire": a document, then what it is about. */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("of", "on", "into", "about");
    private static final Pattern SITE = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*\\.(com|org|net|info|io|gov|edu|news)");
    /** "the 36-year-old", "a 19-year-old": a person by their age. */
    private static final Pattern AGE = Pattern.compile("(?i)(?:the |an? )?\\d{1,3}-year-old");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their");
    /** "a cryptographer", "an analyst", "a physician", "a resident": the endings of words for someone who does something. */
    private static final Pattern AGENT_NOUN = Pattern.compile("\\p{L}{3,}(?:er|or|ist|ian|ant|ent|eer)");
    /** "a NIST cryptographer at the workshop": a description of a few words before what follows it. */
    private static final int MAX_DESCRIPTION_WORDS = 4;
    /** "One Nevada Democrat asked": a numeral that describes someone as an indefinite article does. */
    private static final String ONE = "one";

    private final CueLexicon lexicon;
    private final People people;
    private final Abbreviations abbreviations;
    private final Publishers publishers;
    private final SpeakerPhrases phrases;
    /** Organisations named as speakers so far, in order: "the agency" is the last of them with that word. */
    private final List<String> organisations = new ArrayList<>();
    /** Genders only a pronoun told: "she said" of someone named "Jo Walton". */
    private final Map<String, Gender> learnedGenders = new HashMap<>();
    private Person lastSpeaker;
    private int lastSpeakerOffset = -1;
    /** The last source left unnamed ("Obama administration officials"), whom a later "they" may mean. */
    private Speaker lastGroup;
    private int lastGroupOffset = -1;

    SpeakerResolver(CueLexicon lexicon, People people, Abbreviations abbreviations, Publishers publishers) {
        this.lexicon = lexicon;
        this.people = people;
        this.abbreviations = abbreviations;
        this.publishers = publishers;
        this.phrases = new SpeakerPhrases(lexicon);
    }

    /**
     * @param phrase the words before (or after) the cue that name who spoke
     * @param offset where the phrase stands in the article text
     * @return the speaker, or null when the phrase names nobody who could speak
     */
    Speaker resolve(String phrase, int offset) {
        Speaker speaker = resolvePhrase(phrase, offset);
        int comma = phrase.lastIndexOf(", ");
        if (speaker != null && speaker.name() != null && lexicon.dates.contains(speaker.name().toLowerCase(Locale.ROOT))
                && comma > 0) {
            // "Then, in April, an internal PSPC analysis found": the month is when, the subject follows it
            speaker = resolvePhrase(phrase.substring(comma + 2), offset + comma + 2);
        }
        if (speaker != null && speaker.name() == null && speaker.title() != null && speaker.title().indexOf(' ') < 0
                && Demonyms.country(speaker.title()) != null) {
            // "“…,” American said in a statement" after "American Airlines": the organisation the word begins
            String organisation = people.organisationStartingWith(speaker.title(), offset);
            speaker = organisation != null ? new Speaker(organisation, null, null) : speaker;
        }
        String name = speaker == null || speaker.title() != null ? null : speaker.name();
        String expanded = name == null ? null : abbreviations.expand(name, offset);
        if (expanded == null && name != null && name.indexOf(' ') < 0) {
            // "the Bloomberg data shows" after "A new poll by Bloomberg News": the organisation by its full name
            expanded = people.organisationStartingWith(name, offset);
        }
        // "VW says" after "Volkswagen’s first ID.3": one speaker by its one full name
        return expanded == null ? speaker : new Speaker(expanded, null, speaker.affiliation());
    }

    private Speaker resolvePhrase(String subject, int offset) {
        // "her mother, Fiona, said": the comma before the verb ends the phrase, it splits nothing; "the Civil Aviation
        // Authority of Nepal (CAAN) said": the abbreviation it defines is no part of the name
        String phrase = phrases.withoutParticiple(phrases.withoutDate(TRAILING_COMMAS.matcher(
                DEFINED_ABBREVIATION.matcher(subject).replaceFirst("")).replaceFirst("")));
        int afterDateline = SentenceText.afterDateline(phrase, 0);
        if (afterDateline > 0) {
            // "BERLIN -- The European Space Agency says": the dateline is where, not who
            return resolvePhrase(phrase.substring(afterDateline), offset + afterDateline);
        }
        Speaker indefinite = indefinite(phrase);
        if (indefinite != null) {
            return indefinite;
        }
        int comma = phrase.indexOf(", ");
        String site = LEADING_THE.matcher((comma > 0 ? phrase.substring(0, comma) : phrase).strip()).replaceFirst("");
        if (SITE.matcher(site).matches()) {
            // "according to Edmunds.com, a California-based data firm": a website is a publication
            return new Speaker(site, null, null);
        }
        if (comma > 0) {
            // "Matt Maley, equity strategist at Miller Tabak," : the appositive describes the head before it;
            // after an inverted verb the name may close the phrase: "said another witness, adviser Fiona Hill"
            String first = phrase.substring(0, comma);
            int last = phrase.lastIndexOf(", ");
            // "The leader of Ennahda, Rachid Ghannouchi,": a description first, and the name it describes after it
            Person described = phrases.describes(first) ? people.named(phrase.substring(last + 2), offset + last + 2) : null;
            // "Wearing the glittering Imperial Crown, he": a participle phrase before the subject names no one
            List<Words.Word> opening = Words.of(first);
            boolean participial = lexicon.gerunds && !opening.isEmpty() && opening.get(0).lower().endsWith("ing")
                    && opening.get(0).lower().length() > 4;
            // "If Manziel was still there at 16, the patriarch added": a clause of if or when names no one who speaks
            boolean subordinate = opening.stream().limit(2).anyMatch(w -> lexicon.subordinators.contains(w.lower()))
                    // "Beyond Des Moines, the new leadership …": nor does a phrase of where or when
                    || !opening.isEmpty() && lexicon.notNames.contains(opening.get(0).lower())
                    && !lexicon.articles.contains(opening.get(0).lower());
            Person head = described == null && !participial && !subordinate ? people.named(first, offset) : null;
            Person tail = head == null ? people.named(phrase.substring(last + 2), offset + last + 2) : null;
            if (tail != null && last == comma) {
                tail = titled(tail, first, offset + last + 2);
            }
            if (head != null || tail != null) {
                return speaker(head != null ? head : tail);
            }
        }
        List<Words.Word> all = Words.of(phrase);
        if (all.size() > 2 && lexicon.subjectPronouns.contains(all.get(all.size() - 1).lower())
                && WH_WORDS.contains(all.get(all.size() - 2).lower())) {
            // "calling the department out for what he said was …": the pronoun of the clause the verb opens
            Words.Word pronoun = all.get(all.size() - 1);
            return resolvePhrase(pronoun.text(), offset + pronoun.start());
        }
        if (all.size() > 2 && lexicon.prepositions.contains(all.get(0).lower())
                && lexicon.demonstratives.contains(all.get(1).lower())) {
            // "To that Jay McInerney adds": what he answers, then who
            return resolvePhrase(phrase.substring(all.get(2).start()), offset + all.get(2).start());
        }
        if (!all.isEmpty() && lexicon.prepositions.contains(all.get(0).lower())) {
            // "In May, NASA's Jim Bridenstine said": a phrase that opens with a preposition says when or where
            return null;
        }
        int topic = documentTopic(all);
        if (topic > 0) {
            // "TNO's analysis of the machine gun fire showed": the document speaks, not what it is about
            return resolvePhrase(phrase.substring(0, all.get(topic - 1).end()), offset);
        }
        List<Words.Word> words = phrases.trimmed(all);
        Speaker office = officeOf(phrase, words, offset);
        if (office != null) {
            return office;
        }
        if (words.size() > MAX_SUBJECT_WORDS) {
            return longDocument(words);
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 2 && lexicon.articles.contains(words.get(0).lower()) && SpeakerPhrases.isAcronym(words.get(1).text())
                && lexicon.isTitleWord(words.get(1).lower())) {
            // "The MEC emphasised", "the MP said": the person the article gave that title, else someone unnamed
            Person titled = people.described(List.of(words.get(1).lower()), null, offset);
            return titled != null ? speaker(titled) : new Speaker(null, words.get(1).text(), null);
        }
        Words.Word lastWord = words.get(words.size() - 1);
        boolean abbreviated = lastWord.text().length() == 1 || lastWord.lower().equals("jr") || lastWord.lower().equals("sr");
        int textEnd = abbreviated && phrase.startsWith(".", lastWord.end()) ? lastWord.end() + 1 : lastWord.end();
        String text = phrase.substring(words.get(0).start(), textEnd);
        if (words.size() == 1 && SpeakerPhrases.isPartyAndState(text)) {
            // "Rep. Greg Taylor, D-Indianapolis, said": the party and the place, which only describe
            return null;
        }
        if (words.size() == 1 && lexicon.firstPerson.contains(words.get(0).lower())) {
            // outside quotes, "I" and "we" are the writer: the article's own voice is no source
            return null;
        }
        String single = words.size() == 1 ? Words.withoutContraction(words.get(0).lower()) : null;
        if (single != null && !single.equals(words.get(0).lower()) && lexicon.notNames.contains(single)) {
            // "What's promised is …": a question word with its verb contracted onto it names no one
            return null;
        }
        if (single != null && !single.equals(words.get(0).lower()) && lexicon.subjectPronouns.contains(single)
                && !lexicon.pronouns.contains(single)) {
            // "It's revealed in … that": "it is", no one who speaks
            return null;
        }
        if (single != null && lexicon.neuterPronouns.contains(single)) {
            // "Roscosmos said … It said", "the Electoral Commission … it pointed out": the organisation that spoke
            // or was named last, or a source left unnamed
            People.Mention named = people.lastNamedOrganisationBefore(offset);
            if (lastGroup != null && lastGroupOffset > lastSpeakerOffset && (named == null || lastGroupOffset > named.offset())
                    && !lastGroup.title().endsWith("s")) {
                // "…, Ukraine’s emergency service said. Police buildings were also damaged, it said.": the source
                // that spoke last, still unnamed
                return lastGroup;
            }
            boolean spokeLast = lastSpeaker != null && isOrganisation(lastSpeaker.name())
                    && (named == null || lastSpeakerOffset >= named.offset());
            People.Mention country = people.lastCountrySubjectBefore(offset);
            if (country != null && (named == null || country.offset() > named.offset())
                    && (!spokeLast || country.offset() > lastSpeakerOffset)) {
                // "Israel did not appear …, but rejected …. It argued that": the country the sentences are about
                return new Speaker(country.person().name(), null, null);
            }
            String organisation = spokeLast ? lastSpeaker.name() : named != null ? named.person().name()
                    : organisations.isEmpty() ? null : organisations.get(organisations.size() - 1);
            return new Speaker(organisation, organisation == null ? text : null, null);
        }
        if (single != null && lexicon.pluralPronouns.contains(single) && lastGroup != null && lastGroupOffset > lastSpeakerOffset) {
            // "Obama administration officials said … They said": the group that spoke last, still unnamed
            return lastGroup;
        }
        if (single != null && lexicon.pluralPronouns.contains(single)) {
            // "In my case, they said …" before anyone has spoken, "After a February snowfall, they wrote" of a paper's
            // authors: people the article does not name one by one, not the person named or quoted last
            return lastGroup != null && lastSpeaker == null ? lastGroup : new Speaker(null, text, null);
        }
        if (single != null && lexicon.pronouns.contains(single)) {
            // "he", and "he’d respond": a pronoun with its auxiliary contracted onto it
            Gender gender = Gender.ofWord(single, lexicon);
            Person meant = pronoun(offset, gender);
            if (meant != null && gender != Gender.UNKNOWN) {
                // "“…,” she said" of Jo Walton tells her gender, which neither her name nor a title did
                learnedGenders.putIfAbsent(meant.name(), gender);
            }
            // "“…,” she said" of a spokeswoman the article never named: the pronoun as written, no name guessed
            return meant != null || lexicon.firstPerson.contains(single) ? speaker(meant) : new Speaker(null, words.get(0).text(), null);
        }
        if (phrases.isCollective(words)) {
            // "The Wrap and Deadline", "The United Nations and European Union": several sources are no one speaker
            return new Speaker(null, phrases.withoutArticle(words, text), null);
        }
        Speaker organisation = phrases.namedOrganisation(words, phrase);
        if (organisation != null) {
            organisations.add(organisation.name());
            return organisation;
        }
        String head = SpeakerPhrases.singular(words.get(words.size() - 1).lower());
        // (but "the American Horror Story actress" is known for the show, which does not speak)
        String publisher = lexicon.isRole(head) && !lexicon.epithets.contains(head) || Publishers.isDocument(head)
                ? publishers.before(words, head) : null;
        if (publisher != null) {
            // "a new Fast Company report", "The Verge’s Stadia review": the name before the report is its source, by
            // the name the article gave it in full ("Brookings analysis" of the Brookings Institution)
            Person known = people.named(publisher, offset);
            return new Speaker(known != null && known.name().startsWith(publisher + " ") ? known.name() : publisher, null, null);
        }
        String publishedBy = publishers.after(words);
        if (publishedBy != null) {
            // "reports received by Amnesty": by the name the article gave it in full, "Amnesty International"
            Person known = people.named(publishedBy, offset);
            return new Speaker(known != null && known.name().contains(publishedBy) ? known.name() : publishedBy, null, null);
        }
        // "Obama administration officials", "Islamist politicians", "the American Horror Story actress": the names
        // only qualify the people meant
        int article = lexicon.articles.contains(words.get(0).lower()) ? 1 : 0;
        boolean qualified = words.size() > article + 1 && !lastWord.capitalized()
                && (lexicon.isRole(SpeakerPhrases.singular(lastWord.lower())) || lexicon.sourceNouns.contains(lastWord.lower()))
                && words.stream().skip(article).limit(words.size() - 1 - article)
                        .allMatch(w -> w.capitalized() || lexicon.isRole(w.lower()));
        // "Ex-friends told the Daily Mail", "Co-workers said": a prefix joined to people names no one
        String tail = words.size() == 1 && SpeakerPhrases.isPlaceAdjective(lastWord)
                ? lastWord.lower().substring(lastWord.lower().lastIndexOf('-') + 1) : null;
        if (tail != null && (lexicon.isRole(SpeakerPhrases.singular(tail)) || lexicon.sourceNouns.contains(tail))) {
            return new Speaker(null, text, null);
        }
        Person named = qualified ? null : people.named(text, offset);
        if (named != null) {
            return speaker(named);
        }
        return description(words, text, offset);
    }

    /**
     * "an Iowa Republican", "a GOP insider in the first-in-the-nation primary state of New Hampshire", "One Nevada
     * Democrat": someone described, not named (what the description holds is no name of theirs); null for any
     * other phrase, and for a document ("a Reuters report"), whose owner speaks.
     */
    private Speaker indefinite(String phrase) {
        List<Words.Word> words = Words.of(phrase);
        if (words.size() < 2 || !lexicon.indefinites.contains(words.get(0).lower()) && !words.get(0).lower().equals(ONE)) {
            return null;
        }
        int end = 1;
        while (end < words.size() && !lexicon.prepositions.contains(words.get(end).lower())
                && phrase.substring(words.get(end - 1).end(), words.get(end).start()).indexOf(',') < 0) {
            end++;
        }
        List<Words.Word> head = words.subList(1, end);
        Words.Word last = head.isEmpty() ? null : head.get(head.size() - 1);
        // (but "a Reuters report" speaks for Reuters, "a company spokesperson" for the company named before, and "a
        // spokeswoman for the Service Employees International Union" for the union: the rules of documents, employers
        // and roles)
        boolean described = last != null && head.stream().noneMatch(w -> Publishers.isDocument(w.lower())
                || lexicon.organisationRoles.contains(w.lower()) || lexicon.organisations.contains(w.lower()))
                && head.size() <= MAX_DESCRIPTION_WORDS
                && (head.stream().allMatch(Words.Word::capitalized) || !last.capitalized() && isPersonNoun(last.lower()))
                && !(end + 1 < words.size() && lexicon.prepositions.contains(words.get(end).lower()) && namesAfter(words, end + 1));
        return described ? new Speaker(null, phrase.substring(head.get(0).start(), words.get(words.size() - 1).end()), null) : null;
    }

    /**
     * "cryptographer", "programmer", "scientist", "physician", "resident": a role the lexicon knows, or a word with
     * the ending of someone who does something, as the subject of a verb of speech.
     */
    private boolean isPersonNoun(String word) {
        return lexicon.isRole(word) || lexicon.anonymousRoles.contains(word) || lexicon.generic.contains(word)
                || AGENT_NOUN.matcher(word).matches();
    }

    /** Whether a name follows, after an article or none: "for the Service Employees International Union". */
    private boolean namesAfter(List<Words.Word> words, int from) {
        int at = from < words.size() && lexicon.articles.contains(words.get(from).lower()) ? from + 1 : from;
        return at < words.size() && words.get(at).capitalized();
    }

    /** Where a preposition follows a document named by its owner ("TNO's analysis of …"), or -1. */
    private static int documentTopic(List<Words.Word> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            String owner = words.get(i - 1).text();
            if (Publishers.isDocument(words.get(i).lower()) && TOPIC_PREPOSITIONS.contains(words.get(i + 1).lower())
                    && (owner.endsWith("’s") || owner.endsWith("'s"))) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * "UPS corporate communications", "the ministry's press service": an organisation's office speaks for the
     * organisation, when the words before it name one; else null.
     */
    private Speaker officeOf(String phrase, List<Words.Word> words, int offset) {
        if (words.size() < 2) {
            return null;
        }
        String lower = phrase.substring(0, words.get(words.size() - 1).end()).toLowerCase(Locale.ROOT);
        for (String department : lexicon.departments) {
            int at = lower.length() - department.length();
            if (at > 0 && lower.endsWith(department) && lower.charAt(at - 1) == ' ') {
                String owner = NameReader.possessiveless(phrase.substring(0, at).strip());
                Speaker speaker = owner.isEmpty() ? null : resolvePhrase(owner, offset);
                return speaker != null && speaker.name() != null ? speaker : null;
            }
        }
        return null;
    }

    /**
     * "A poll of 1,500 US eligible voters conducted by Redfield and Wilton for Newsweek back in May": a document
     * described at length speaks for whoever made it, or for no one named; any other long phrase is no speaker.
     */
    private Speaker longDocument(List<Words.Word> words) {
        int head = lexicon.articles.contains(words.get(0).lower()) ? 1 : 0;
        boolean document = Publishers.isDocument(words.get(head).lower())
                || !words.get(head).capitalized() && Publishers.isDocument(words.get(head + 1).lower());
        if (!document) {
            return null;
        }
        String publishedBy = publishers.after(words);
        return publishedBy != null ? new Speaker(publishedBy, null, null)
                : new Speaker(null, words.get(head).text() + (Publishers.isDocument(words.get(head).lower()) ? ""
                        : " " + words.get(head + 1).text()), null);
    }

    /**
     * The speaker, or when none was resolved a source the article does not name, kept with its words: "according
     * to one estimate", "according to eyewitness accounts corroborated by video footage". Null otherwise.
     */
    Speaker orUnnamed(Speaker speaker, String phrase) {
        if (speaker != null) {
            return speaker;
        }
        List<Words.Word> words = phrases.trimmed(Words.of(phrase));
        if (words.isEmpty() || words.size() > MAX_SUBJECT_WORDS
                || words.stream().noneMatch(w -> lexicon.sourceNouns.contains(w.lower()))) {
            return null;
        }
        return new Speaker(null, phrase.strip(), null);
    }

    /** Records that a statement was attributed to this speaker here, for the pronouns that follow. */
    void attributed(Speaker speaker, int offset) {
        if (speaker != null && speaker.name() == null && speaker.title() != null && offset >= lastGroupOffset
                && lexicon.pluralPronouns.stream().noneMatch(speaker.title()::equalsIgnoreCase)) {
            lastGroup = speaker;
            lastGroupOffset = offset;
        }
        if (speaker != null && speaker.name() != null && offset >= lastSpeakerOffset) {
            lastSpeaker = new Person(speaker.name(), speaker.title(), speaker.affiliation());
            lastSpeakerOffset = offset;
        }
    }

    /**
     * The last speaker, unless a person has since become a sentence's subject ("Sofia Lang visited … She
     * promised …"); but never a person of the other gender: then the latest person mentioned of the pronoun's
     * gender, or failing that of a gender the article does not tell.
     */
    /** Whom a gendered possessive stands for ("his latest response"), as "he" would; null when it tells no gender. */
    Speaker possessor(String possessive, int offset) {
        Gender gender = Gender.ofWord(possessive, lexicon);
        Person meant = gender == Gender.UNKNOWN ? null : pronoun(offset, gender);
        return meant == null ? null : speaker(meant);
    }

    private Person pronoun(int offset, Gender gender) {
        People.Mention salient = people.lastSalientBefore(offset);
        Person preferred;
        if (salient != null && salient.offset() > lastSpeakerOffset) {
            preferred = salient.person();
        } else if (lastSpeaker == null) {
            // nobody has spoken or opened a sentence yet ("When Patrick walked in … he told them"): the last
            // person named
            People.Mention last = people.lastBefore(offset, person -> true);
            preferred = last == null ? null : last.person();
        } else {
            preferred = lastSpeaker;
        }
        boolean human = preferred == null || gender == Gender.UNKNOWN || !isOrganisation(preferred.name());
        if (preferred == null || human && genderOf(preferred).fits(gender)) {
            // "he" and "she" are never the company that spoke last
            return preferred;
        }
        People.Mention fitting = people.lastBefore(offset, person -> genderOf(person) == gender);
        if (fitting == null) {
            fitting = people.lastBefore(offset, person -> genderOf(person).fits(gender));
        }
        return fitting == null ? null : fitting.person();
    }

    /**
     * "he says that Ms. Lassiter … if she rejected Moore": a pronoun that speaks is not the person its own claim names
     * by surname alone (but "Lassiter’s own camera", a possessive, may be the speaker's): the latest other person of
     * its gender, or the speaker unchanged when there is none.
     */
    Speaker notNamedIn(Speaker speaker, String pronoun, String claim, int offset) {
        if (speaker == null || speaker.name() == null || isOrganisation(speaker.name())) {
            return speaker;
        }
        String surname = speaker.name().substring(speaker.name().lastIndexOf(' ') + 1);
        boolean named = false;
        List<Words.Word> words = Words.of(claim);
        for (int i = 0; i < words.size(); i++) {
            // (but "She said President Obama is …" names another Obama than Michelle Obama)
            named |= words.get(i).text().equals(surname) && (i == 0 || !words.get(i - 1).capitalized());
        }
        if (!named) {
            return speaker;
        }
        Gender gender = Gender.ofWord(pronoun.toLowerCase(Locale.ROOT), lexicon);
        People.Mention other = people.lastBefore(offset, person -> !person.name().equals(speaker.name())
                && !isOrganisation(person.name()) && genderOf(person) == gender);
        return other == null || gender == Gender.UNKNOWN ? speaker : speaker(other.person());
    }

    /** What the article tells of a person's gender: by name or title, or by a pronoun that meant them before. */
    private Gender genderOf(Person person) {
        Gender told = Gender.of(person, lexicon);
        return told != Gender.UNKNOWN ? told : learnedGenders.getOrDefault(person.name(), Gender.UNKNOWN);
    }

    /** Whether a phrase describes someone whose name follows it: "Canada’s chief economist", "the leader of Ennahda". */
    boolean isDescription(String phrase) {
        return phrases.describes(phrase);
    }

    private Speaker description(List<Words.Word> words, String text, int offset) {
        if (AGE.matcher(text).matches()) {
            // "said the 36-year-old": the person the sentences before were about
            People.Mention salient = people.lastSalientBefore(offset);
            return salient == null ? new Speaker(null, phrases.withoutArticle(words, text), null) : speaker(salient.person());
        }
        if (words.size() == 2 && lexicon.possessives.contains(words.get(0).lower()) && lexicon.generic.contains(words.get(1).lower())) {
            // "her father said", "according to his aunt": someone's relative, whom the article does not name
            return new Speaker(null, text, null);
        }
        int generic = phrases.genericPerson(words);
        if (generic > 0) {
            // "says the woman who is in her late 20s", "says the mother of four", "Travis Kelce’s mom confirmed": the
            // woman the sentences before were about, as "she" would be (but "the man" alone is how articles go on
            // about someone unnamed)
            Person person = pronoun(offset, Gender.ofWord(words.get(generic).lower(), lexicon));
            return person == null ? new Speaker(null, phrases.withoutArticle(words, text), null) : speaker(person);
        }
        String affiliation = null;
        String role = null;
        String roleWritten = null;
        List<String> titleWords = new ArrayList<>();
        for (Words.Word w : words) {
            String lower = w.lower();
            String country = Demonyms.country(w.text());
            if (country != null) {
                affiliation = country;
            } else if (lexicon.isRole(lower) || lexicon.isRole(SpeakerPhrases.singular(lower))) {
                role = SpeakerPhrases.singular(lower);
                roleWritten = lower;
                titleWords.add(role);
            } else if (lexicon.titleWords.contains(lower) && !DETERMINERS.contains(lower)) {
                titleWords.add(lower);
            }
        }
        String head = words.get(words.size() - 1).lower();
        String byHead = role == null && words.size() == 2 && lexicon.articles.contains(words.get(0).lower())
                && lexicon.organisations.contains(head) ? people.lastNamedOrganisationWith(head, offset) : null;
        if (byHead != null) {
            // "wrote the center" after "the Storm Prediction Center": the organisation named by that word
            return new Speaker(byHead, null, null);
        }
        int run = words.size();
        while (run > 0 && words.get(run - 1).capitalized()) {
            run--;
        }
        if (role == null && run > 0 && run < words.size() && lexicon.sourceNouns.contains(words.get(run - 1).lower())
                && !lexicon.dates.contains(words.get(run).lower())) {
            // "the personal finance blog Wealthynickel": the source by the name that follows what it is
            String name = text.substring(words.get(run).start() - words.get(0).start());
            organisations.add(name);
            return new Speaker(name, null, null);
        }
        if (role == null) {
            Speaker named = phrases.organisation(words, text);
            if (named != null && named.name() != null) {
                organisations.add(named.name());
            }
            // "health bosses said", "the man told doctors": a source the article does not name
            return named == null && phrases.isSourceNoun(words) ? new Speaker(null, phrases.withoutArticle(words, text), affiliation)
                    : named;
        }
        String known = lastOrganisation(role);
        // "the newspaper reported" after "newspaper Dagens Nyheter"
        known = known == null && lexicon.organisationRoles.contains(role) ? people.lastDescribedAs(role, offset) : known;
        // "The agency warns" after "the National Weather Service’s Storm Prediction Center … the agency"
        known = known == null && lexicon.organisations.contains(role) ? people.lastNamedOrganisationWith(role, offset) : known;
        boolean several = !SpeakerPhrases.singular(SpeakerPhrases.lastWord(words)).equals(SpeakerPhrases.lastWord(words));
        if (known == null && lexicon.organisationRoles.contains(role) && !several) {
            // (but "Nigerian newspapers" are several, none of them named)
            known = people.lastOrganisationBefore(offset);
            // "The Russian space agency would not …" after "…, Roscosmos said": the organisation that spoke last
            known = known == null && !organisations.isEmpty() ? organisations.get(organisations.size() - 1) : known;
        }
        if (known != null && titleWords.size() == 1) {
            // "the agency said" after "the European Space Agency"; "the automaker says" after "Volkswagen is
            // showing …": the organisation named before
            return new Speaker(known, null, null);
        }
        // (but "agency officials said" are several people, whom the article does not name)
        boolean one = SpeakerPhrases.singular(SpeakerPhrases.lastWord(words)).equals(SpeakerPhrases.lastWord(words));
        String employer = one && titleWords.size() == 2 && lexicon.organisationRoles.contains(titleWords.get(0))
                && !lexicon.organisationRoles.contains(role) ? people.lastOrganisationBefore(offset) : null;
        if (employer != null) {
            // "A company spokesperson said" after "WeWork is headquartered in New York": the company speaks
            return new Speaker(employer, null, null);
        }
        String published = Publishers.isDocument(role) && lexicon.articles.contains(words.get(0).lower())
                && titleWords.size() == 1 ? publishers.lastPublished(role, offset) : null;
        if (published != null) {
            // "The report concluded" after "a new report released by Stanford's Center on …": its publisher
            return new Speaker(published, null, null);
        }
        if (STATEMENTS.contains(role) && lexicon.articles.contains(words.get(0).lower()) && titleWords.size() == 1
                && lastSpeaker != null && lastSpeaker.name().indexOf(' ') > 0 && !lexicon.indefinites.contains(words.get(0).lower())) {
            // "the statement said" after "…, U.S. Attorney Paul J. Fishman said in a statement": whoever spoke last
            return speaker(lastSpeaker);
        }
        if (affiliation != null && titleWords.size() == 1 && lexicon.institutions.contains(role)) {
            // "The U.S. military said": the country's military, as named a source as "the Pentagon"
            return new Speaker(phrases.withoutArticle(words, text), null, null);
        }
        if (lastSpeaker != null && words.size() > 1 && lexicon.same.contains(words.get(1).lower())) {
            // "The same official told Reuters" after "…,” said Tatang Zaenudin, deputy head of operations": the
            // speaker just quoted
            return speaker(lastSpeaker);
        }
        if (lexicon.indefinites.contains(words.get(0).lower())) {
            // "a GE spokesman said" after "Pentagon spokesman Mark Wright said": another spokesman, unnamed
            return new Speaker(null, phrases.withoutArticle(words, text), affiliation);
        }
        // "The authors concurred" are several people, not the one author named last
        boolean plural = !role.equals(roleWritten);
        Person person = plural ? null : people.described(titleWords, affiliation, offset);
        if (person == null && affiliation != null && !plural) {
            person = people.described(titleWords, null, offset);
            person = person != null && affiliation.equals(person.affiliation()) ? person : null;
        }
        if (person != null) {
            people.mention(offset, person, false);
            return speaker(person);
        }
        boolean theOne = words.size() == 2 && lexicon.articles.contains(words.get(0).lower())
                && !lexicon.indefinites.contains(words.get(0).lower()) && SpeakerPhrases.singular(role).equals(words.get(1).lower())
                && !lexicon.organisationRoles.contains(role) && !lexicon.organisations.contains(role)
                && !lexicon.anonymousRoles.contains(role) && !Publishers.isDocument(role);
        if (theOne && lastSpeaker != null && lastSpeaker.title() == null && !isOrganisation(lastSpeaker.name())
                && genderOf(lastSpeaker).fits(Gender.ofWord(role, lexicon))) {
            // "“…,” the expert explains" after "…,” explains Radek Babicek from Fantastic Gardeners": the one person
            // quoted, whom the article gave no other title (but "the actress says" after Ryan Gosling is not him)
            return speaker(lastSpeaker);
        }
        Person subject = theOneDescribed(words, role, offset);
        return subject != null ? speaker(subject) : new Speaker(null, phrases.withoutArticle(words, text), affiliation);
    }

    /**
     * "the American Horror Story actress wrote", "the “Bad Romance” singer later clarified": the person the article
     * is about, referred to again by what they are famous for, as "she" would refer to her; null for any other phrase.
     */
    private Person theOneDescribed(List<Words.Word> words, String role, int offset) {
        // (a role alone is what is left of "the “Bad Romance” singer" once its quoted title cut it off)
        boolean definite = words.size() == 1
                || lexicon.articles.contains(words.get(0).lower()) && !lexicon.indefinites.contains(words.get(0).lower());
        Person person = definite && lexicon.epithets.contains(role) ? pronoun(offset, Gender.ofWord(role, lexicon)) : null;
        // (but not someone the article gave another role: "the country star" is no "investment banker")
        boolean otherRole = person != null && person.title() != null && !person.title().toLowerCase(Locale.ROOT).contains(role)
                && Words.of(person.title()).stream().anyMatch(w -> lexicon.isRole(w.lower()));
        return otherRole ? null : person;
    }

    /** Whether a speaker's name is an organisation's: named as one before, or holding an organisation word. */
    private boolean isOrganisation(String name) {
        return organisations.contains(name) || people.isDescribedOrganisation(name)
                || Words.of(name).stream().anyMatch(w -> lexicon.organisations.contains(w.lower()));
    }

    /** The organisation last named as a speaker whose name holds this word ("agency"), or null. */
    private String lastOrganisation(String word) {
        for (int i = organisations.size() - 1; i >= 0; i--) {
            for (Words.Word w : Words.of(organisations.get(i))) {
                if (w.lower().equals(word)) {
                    return organisations.get(i);
                }
            }
        }
        return null;
    }

    /**
     * "MEC for Cooperative Governance and Traditional Affairs, Jacob Mamabolo,": a title set off before a name is
     * the person's, by which "the MEC" goes on.
     */
    Speaker titled(Speaker speaker, String description, int offset) {
        if (speaker == null || speaker.name() == null || speaker.title() != null) {
            return speaker;
        }
        Person person = titled(new Person(speaker.name(), null, speaker.affiliation()), description, offset);
        return speaker(person);
    }

    private Person titled(Person person, String description, int offset) {
        List<Words.Word> words = Words.of(description);
        // (but not "For this internal battle, Chandor", nor "Ms Bowles’ father, Shaun Bowles", which is someone
        // else's title)
        if (person.title() != null || words.isEmpty() || words.size() > MAX_SUBJECT_WORDS || !words.get(0).capitalized()
                || !lexicon.isTitleWord(words.get(0).lower()) || lexicon.prepositions.contains(words.get(0).lower())
                || lexicon.maleWords.contains(words.get(0).lower()) || lexicon.femaleWords.contains(words.get(0).lower())
                || words.stream().anyMatch(w -> NameReader.possessiveless(w.text()).length() < w.text().length())) {
            return person;
        }
        return people.mention(offset, new Person(person.name(), description.strip(), person.affiliation()), false);
    }

    private static Speaker speaker(Person person) {
        if (person == null) {
            return null;
        }
        return new Speaker(person.name(), person.title(), person.affiliation());
    }

}
