package io.newsflow.parser.statements;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words that attribute speech in one language: speech verbs, participle frames, complementizers,
 * "according to" phrases, pronouns, and the nouns and title words that describe speakers. Read from
 * {@code /statements/<language>.properties}, so a language is added with a file, not with code.
 */
final class CueLexicon {
    /** Languages without a lexicon are remembered too, so that their articles do not look for it every time. */
    private static final Map<String, Optional<CueLexicon>> CACHE = new ConcurrentHashMap<>();
    private static final int MIN_COMPOUND_PREFIX = 3;

    /** Longest first, so "told reporters" wins over "told". */
    final CueList verbs;
    /**
     * The speech verbs and the verbs that attribute only a quote right beside them ("…,” he continued.", "…,” the
     * description reads."), longest first.
     */
    final CueList quoteVerbs;
    final Set<String> bare;
    /** Verbs that take a bare clause only when what follows is one ("added the aid would come", not "added landers"). */
    final Set<String> bareClause;
    /** Verbs that take a bare clause only with an auxiliary or a subject pronoun ("announced the plan had failed"). */
    final Set<String> auxClause;
    /** Irregular past tenses, which make a clause as "-ed" does: "the FBI held a briefing". */
    final Set<String> irregularPast;
    /** Words whose presence makes a phrase a clause: auxiliaries and modals ("would", "is", "has"). */
    final Set<String> auxiliaries;
    /** Words before a speech verb that make it passive: "they were told". */
    final Set<String> passives;
    /** Conjunctions that may join two statements of one sentence: "said A, but he said that B". */
    final Set<String> conjunctions;
    /** Pronouns that open a clause as its subject: "it still considers …". */
    final Set<String> subjectPronouns;
    /** Pronouns that are objects, so open no clause: "found themselves blindsided". */
    final Set<String> objectPronouns;
    /** Pronouns of the writer: outside quotes, "I found" and "we asked" are the article's own voice. */
    final Set<String> firstPerson;
    /** The writer as whom something was told: outside quotes, "he told me" is the interviewer's own voice. */
    final Set<String> firstPersonObjects;
    /** Words right before a speech verb that make it a refusal: "declined to say", "would not say". */
    final List<String> negations;
    /** Phrases in which a speech verb says nothing: "That said, …", "needless to say". */
    final List<String> idioms;
    /** Words after a speech verb that name whom it was said to: "confirmed to WIRED that". */
    final List<String> addressees;
    final CueList participles;
    final Set<String> complementizers;
    final CueList according;
    /** Pronouns of things: "it said" is the organisation that spoke last. */
    final Set<String> neuterPronouns;
    /** "They said" after "officials said": a group that spoke last may be meant. */
    final Set<String> pluralPronouns;
    /** Verbs only a plural subject takes: "Fares have increased" names no company called Fares. */
    final Set<String> pluralVerbs;
    /** Words that point at a thing said before ("That suggested …"), never at a speaker. */
    final Set<String> demonstratives;
    /** A country's institutions, named by the country: "the U.S. military", "the Indonesian navy". */
    final Set<String> institutions;
    /** Conjunctions that set a second source against the first: "…, although other media quoted X as saying". */
    final Set<String> contrasts;
    /** Prepositions of places: "in Cambridge, United Kingdom" goes on naming the place. */
    final Set<String> places;
    /** Words that make the verb after them an infinitive: "the decision to show". */
    final Set<String> infinitiveMarkers;
    /** What opens a cleft sentence: "it was Katie Boulter who …" makes her its subject. */
    final List<String> clefts;
    /** Verbs whose first object is whom it was said to: "told reporters that", "reminded the audience that". */
    final Set<String> tellVerbs;
    /** Title words by their abbreviation: "governor" → "gov" ("Gov. Eric Holcomb"). */
    final Map<String, String> titleAbbreviations;
    /** Roles that keep a speaker unnamed: "the source" is never the person quoted by name before. */
    final Set<String> anonymousRoles;
    /** Roles by which an article refers again to the person it is about: "the actress wrote". */
    final Set<String> epithets;
    /** Words that give what was said about, not what was said: "told Harris about abuse". */
    final Set<String> topicMarkers;
    /** Nouns that only announce what was said: "lamented the fact that B". */
    final Set<String> contentNouns;
    /** Days and months, which date a document and never publish one: "Tuesday’s report". */
    final Set<String> dates;
    /** Words that point back at the speaker just quoted: "the same official". */
    final Set<String> same;
    /** Verbs whose content is whom they address and what they were urged to do: "urged residents to avoid …". */
    final Set<String> directives;
    /** Acts of speech that report no claim of their own: "…, and blamed a “certain” party". */
    final Set<String> speechActs;
    /** Auxiliaries of the perfect: "Munir has over the past few months repeatedly warned". */
    final Set<String> perfects;
    /** Conjunctions that add a predicate, not contrast one: "and". */
    final Set<String> additives;
    /** Adverbs that may stand between an auxiliary and its verb: "and has also vowed". */
    final Set<String> adverbs;
    /** Verbs that say what someone is: "Saphina Ndali is a mother of two". */
    final Set<String> copulas;
    /** Words for a person that tell only their gender or family: "the woman", "the mother of four". */
    final Set<String> generic;
    /** Words that give a participle a subject of its own: "with some analysts suggesting that B". */
    final Set<String> absolutes;
    /** Words that join a name to a group of others: "the UN and other aid organisations". */
    final Set<String> others;
    /** Determiners that bring in someone new: "a GE spokesman" is no spokesman named before. */
    final Set<String> indefinites;
    /** Possessive determiners: "told their own tale" tells a thing, not a person. */
    final Set<String> possessives;
    /** A participle and its preposition that work as one preposition: "compared with", "based on". */
    final Set<String> prepositionalParticiples;
    /** Nouns of what someone said, whose owner a quote after a colon is by: "his response: “…”". */
    final Set<String> speechNouns;
    final Set<String> pronouns;
    /** Pronouns and title words that tell a person is a man ("he", "Mr.", "chairman") or a woman. */
    final Set<String> maleWords;
    final Set<String> femaleWords;
    final Set<String> articles;
    final Set<String> relatives;
    /** Words that open a subordinate clause, whose own subject a speech verb in it has: "a week after Bloomberg reported". */
    final Set<String> subordinators;
    final Set<String> adjuncts;
    final Set<String> organisations;
    final Set<String> roles;
    /** Roles that stand for an organisation the article has named: "the company", "the automaker". */
    final Set<String> organisationRoles;
    /** Endings that make a word a role: "immunologist", "epidemiologist". */
    /** Endings of plural nouns of people: "indigenous elders say" is a source the article does not name. */
    final List<String> peopleEndings;
    final List<String> roleSuffixes;
    /** Nouns of sources and of people that stand for a source the article does not name: "estimate", "bosses". */
    /** An organisation's offices that speak for it, longest first: "UPS corporate communications said". */
    final List<String> departments;
    /** Words of "according" that attribute only set off by a comma before a name: "…, per Forbes". */
    final Set<String> looseAccording;
    final Set<String> sourceNouns;
    final Set<String> titleWords;
    /** Capitalised words that open sentences but never names: "But Parise said" names Parise. */
    final Set<String> notNames;
    /** Prepositions before a capitalised run that make it a place or employer, not the speaker ("of Apple"). */
    final Set<String> prepositions;
    /** Whether titles are compound words that end in a role ("Gewerkschaftschef"). */
    final boolean compounds;
    /** Whether a capitalised word in -ing that opens a run is a participle, not a name ("Hosting Cook …"). */
    final boolean gerunds;
    /** Whether a verb in the present takes -s after a singular noun ("the expansion shortchanges schools"). */
    final boolean presentInS;

    private CueLexicon(Properties p) {
        verbs = new CueList(list(p, "verbs"));
        quoteVerbs = new CueList(Stream.concat(verbs.stream(), list(p, "quoteverbs").stream()).toList());
        bare = Set.copyOf(list(p, "bare"));
        bareClause = Set.copyOf(list(p, "bareclause"));
        auxClause = Set.copyOf(list(p, "auxclause"));
        irregularPast = Set.copyOf(list(p, "irregularpast"));
        auxiliaries = Set.copyOf(list(p, "auxiliaries"));
        passives = Set.copyOf(list(p, "passives"));
        conjunctions = Set.copyOf(list(p, "conjunctions"));
        subjectPronouns = Set.copyOf(list(p, "subjectpronouns"));
        objectPronouns = Set.copyOf(list(p, "objectpronouns"));
        firstPerson = Set.copyOf(list(p, "firstperson"));
        firstPersonObjects = Set.copyOf(list(p, "firstpersonobjects"));
        negations = list(p, "negations");
        idioms = list(p, "idioms");
        addressees = list(p, "addressees");
        participles = new CueList(list(p, "participles"));
        complementizers = Set.copyOf(list(p, "complementizers"));
        according = new CueList(list(p, "according"));
        looseAccording = Set.copyOf(list(p, "looseaccording"));
        pronouns = Set.copyOf(list(p, "pronouns"));
        neuterPronouns = Set.copyOf(list(p, "neuterpronouns"));
        pluralPronouns = Set.copyOf(list(p, "pluralpronouns"));
        pluralVerbs = Set.copyOf(list(p, "pluralverbs"));
        demonstratives = Set.copyOf(list(p, "demonstratives"));
        possessives = Set.copyOf(list(p, "possessives"));
        speechNouns = Set.copyOf(list(p, "speechnouns"));
        prepositionalParticiples = Set.copyOf(list(p, "prepositionalparticiples"));
        indefinites = Set.copyOf(list(p, "indefinites"));
        same = Set.copyOf(list(p, "same"));
        others = Set.copyOf(list(p, "others"));
        directives = Set.copyOf(list(p, "directives"));
        absolutes = Set.copyOf(list(p, "absolutes"));
        generic = Set.copyOf(list(p, "generic"));
        copulas = Set.copyOf(list(p, "copulas"));
        adverbs = Set.copyOf(list(p, "adverbs"));
        additives = Set.copyOf(list(p, "additives"));
        perfects = Set.copyOf(list(p, "perfects"));
        speechActs = Set.copyOf(list(p, "speechacts"));
        dates = Set.copyOf(list(p, "dates"));
        contentNouns = Set.copyOf(list(p, "contentnouns"));
        topicMarkers = Set.copyOf(list(p, "topicmarkers"));
        anonymousRoles = Set.copyOf(list(p, "anonymousroles"));
        epithets = Set.copyOf(list(p, "epithets"));
        titleAbbreviations = list(p, "titleabbreviations").stream().map(pair -> pair.split(":", 2))
                .collect(Collectors.toUnmodifiableMap(pair -> pair[0], pair -> pair[1]));
        tellVerbs = Set.copyOf(list(p, "tellverbs"));
        clefts = list(p, "clefts");
        infinitiveMarkers = Set.copyOf(list(p, "infinitivemarkers"));
        places = Set.copyOf(list(p, "places"));
        contrasts = Set.copyOf(list(p, "contrasts"));
        institutions = Set.copyOf(list(p, "institutions"));
        maleWords = Set.copyOf(list(p, "male"));
        femaleWords = Set.copyOf(list(p, "female"));
        articles = Set.copyOf(list(p, "articles"));
        relatives = Set.copyOf(list(p, "relatives"));
        subordinators = Set.copyOf(list(p, "subordinators"));
        adjuncts = Set.copyOf(list(p, "adjuncts"));
        organisations = Set.copyOf(list(p, "organisations"));
        roles = Set.copyOf(list(p, "roles"));
        roleSuffixes = list(p, "rolesuffixes");
        peopleEndings = list(p, "peopleendings");
        organisationRoles = Set.copyOf(list(p, "organisationroles"));
        sourceNouns = Set.copyOf(list(p, "sourcenouns"));
        departments = list(p, "departments");
        titleWords = Set.copyOf(list(p, "titlewords"));
        notNames = Set.copyOf(list(p, "notnames"));
        prepositions = Set.copyOf(list(p, "prepositions"));
        compounds = Boolean.parseBoolean(p.getProperty("compounds", "false"));
        gerunds = Boolean.parseBoolean(p.getProperty("gerunds", "false"));
        presentInS = Boolean.parseBoolean(p.getProperty("presentins", "false"));
    }

    /** Whether a lower-case word heads a description of a speaker: "minister", "officials", "epidemiologist". */
    boolean isRole(String lower) {
        if (roles.contains(lower)) {
            return true;
        }
        int hyphen = lower.indexOf('-');
        if (hyphen > 0 && (roles.contains(lower.substring(0, hyphen)) || roles.contains(lower.substring(lower.lastIndexOf('-') + 1)))) {
            // "the president-elect", "the ex-minister", "a co-founder"
            return true;
        }
        for (String suffix : roleSuffixes) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a lower-case word is a title word, a hyphenated compound that begins or ends with one, or in a
     * compounding language ends in a role.
     */
    boolean isTitleWord(String lower) {
        if (titleWords.contains(lower) || roles.contains(lower)) {
            return true;
        }
        int first = lower.indexOf('-');
        int last = lower.lastIndexOf('-');
        if (first > 0 && (isTitleWord(lower.substring(0, first)) || isTitleWord(lower.substring(last + 1)))) {
            // "singer-guitarists", "ex-minister", "vice-president"
            return true;
        }
        if (compounds) {
            for (String role : roles) {
                if (lower.length() >= role.length() + MIN_COMPOUND_PREFIX && lower.endsWith(role)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lexicon of an ISO 639-1 language, or null when Newsflow has none for it. */
    static CueLexicon of(String language) {
        if (language == null) {
            return null;
        }
        return CACHE.computeIfAbsent(language, code -> Optional.ofNullable(load(code))).orElse(null);
    }

    private static CueLexicon load(String language) {
        Properties p = WordLists.load(language);
        return p == null ? null : new CueLexicon(p);
    }

    private static List<String> list(Properties p, String key) {
        return WordLists.list(p, key);
    }
}
