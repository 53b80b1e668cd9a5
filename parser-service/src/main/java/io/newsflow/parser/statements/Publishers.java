package io.newsflow.parser.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Who published a source the article cites: the name before it ("a new Fast Company report", "The Verge’s Stadia
 * review") or after it ("a report in the Argus Leader", "industry sources cited by DigiTimes"); and who published
 * the document a later "the report" means ("a new report released on Monday by Stanford University's Center on
 * Poverty and Inequality … The report concluded that …").
 */
final class Publishers {
    /** A document the article introduced with its publisher, and where. */
    private record Published(int offset, String noun, String publisher) {
    }

    /** "a new report released on Monday by X": the most words between the document and "by". */
    private static final int MAX_WORDS_BEFORE_BY = 4;
    /** "Center on Poverty and Inequality": words that join one organisation's name. */
    private static final Set<String> LINKS = Set.of("of", "on", "for", "and");
    /** "a report in the Argus Leader", "a study by Pew", "figures from the ONS": who published the source. */
    private static final Set<String> PUBLISHED_BY = Set.of("in", "by", "from");
    private static final int MAX_PUBLISHER_WORDS = 6;
    /** "labour force survey data": how many words may say what kind of document it is. */
    private static final int MAX_KIND_WORDS = 3;
    /** Sources that are published somewhere: "a report in the Argus Leader", "a study by Pew". */
    private static final Set<String> DOCUMENTS = Set.of("report", "reports", "study", "studies", "survey", "surveys",
            "poll", "polls", "data", "figures", "statistics", "analysis", "research", "article", "paper", "review",
            "estimate", "estimates", "documents", "records", "tweet", "post", "statement", "letter", "release", "forecast",
            "forecasts");

    private final CueLexicon lexicon;
    private final List<String> paragraphs;
    private final int[] offsets;
    private List<Published> documents;

    /**
     * @param paragraphs the article's paragraphs, read only when a document is first looked up
     * @param offsets    where each paragraph starts in the article text
     */
    Publishers(CueLexicon lexicon, List<String> paragraphs, int[] offsets) {
        this.lexicon = lexicon;
        this.paragraphs = paragraphs;
        this.offsets = offsets;
    }

    /** Whether a noun names a document that someone publishes: "report", "study", "survey". */
    static boolean isDocument(String noun) {
        return DOCUMENTS.contains(noun);
    }

    /** Who published the last document of this noun ("report") introduced before {@code offset}, or null. */
    String lastPublished(String noun, int offset) {
        if (documents == null) {
            documents = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                scan(paragraphs.get(i), offsets[i]);
            }
        }
        String publisher = null;
        for (Published document : documents) {
            if (document.offset() < offset && document.noun().equals(noun)) {
                publisher = document.publisher();
            }
        }
        return publisher;
    }

    private void scan(String paragraph, int offset) {
        List<Words.Word> words = Words.of(paragraph);
        for (int i = 0; i < words.size(); i++) {
            String noun = words.get(i).lower();
            if (!DOCUMENTS.contains(noun) || words.get(i).capitalized()) {
                continue;
            }
            String publisher = before(words.subList(0, i + 1), SpeakerPhrases.singular(noun));
            publisher = publisher != null ? publisher : publishedBy(words, i);
            publisher = publisher != null ? publisher : ownDocument(paragraph, words, i);
            if (publisher != null) {
                documents.add(new Published(offset + words.get(i).start(), SpeakerPhrases.singular(noun), publisher));
            }
        }
    }

    /**
     * "when the Vatican under Pope Francis delivered its final report": the subject of the clause in which a verb
     * gives out "its" document published it; null for any other document.
     */
    private String ownDocument(String paragraph, List<Words.Word> words, int noun) {
        int owner = noun - 1;
        while (owner > 0 && noun - owner <= MAX_WORDS_BEFORE_BY && !words.get(owner).capitalized()
                && !lexicon.possessives.contains(words.get(owner).lower())) {
            owner--;
        }
        if (owner < 2 || !lexicon.possessives.contains(words.get(owner).lower()) || words.get(owner - 1).capitalized()) {
            return null;
        }
        int start = owner - 2;
        while (start > 0 && !lexicon.subordinators.contains(words.get(start - 1).lower())
                && paragraph.substring(words.get(start - 1).end(), words.get(start).start()).isBlank()) {
            start--;
        }
        while (start < owner - 1 && !words.get(start).capitalized()) {
            start++;
        }
        // "They published their study": a pronoun names no publisher
        String first = start < owner - 1 ? words.get(start).lower() : null;
        return first == null || lexicon.notNames.contains(first) || lexicon.subjectPronouns.contains(first)
                ? null : firstRunAfter(words, start);
    }

    /** "a report in the Argus Leader", "a new report released on Monday by Stanford …": the name after; or null. */
    private String publishedBy(List<Words.Word> words, int noun) {
        if (noun + 1 < words.size() && PUBLISHED_BY.contains(words.get(noun + 1).lower())) {
            return firstRunAfter(words, noun + 2);
        }
        boolean participle = noun + 1 < words.size() && words.get(noun + 1).lower().endsWith("ed");
        for (int i = noun + 2; participle && i < words.size() && i <= noun + 1 + MAX_WORDS_BEFORE_BY; i++) {
            if (words.get(i).lower().equals("by")) {
                return firstRunAfter(words, i + 1);
            }
        }
        return null;
    }

    /**
     * The name that starts right after {@code from}, past an article: capitalised words, an owner's possessive
     * dropped ("Stanford University's Center"), and "of", "on", "for" or "and" kept after an organisation word
     * ("Center on Poverty and Inequality"); null when no capitalised word stands there.
     */
    private String firstRunAfter(List<Words.Word> words, int from) {
        int start = from < words.size() && lexicon.articles.contains(words.get(from).lower()) ? from + 1 : from;
        int end = start;
        boolean linked = false;
        while (end < words.size()) {
            Words.Word w = words.get(end);
            boolean link = end > start && LINKS.contains(w.lower()) && end + 1 < words.size()
                    && words.get(end + 1).capitalized()
                    && (linked || lexicon.organisations.contains(words.get(end - 1).lower()));
            if (!w.capitalized() && !link) {
                break;
            }
            linked |= link;
            end++;
            if (NameReader.possessiveless(w.text()).length() < w.text().length() && end < words.size()
                    && words.get(end).capitalized()) {
                start = end;
            }
        }
        return end == start || Demonyms.country(words.get(start).text()) != null ? null
                : words.subList(start, end).stream().map(Words.Word::text).collect(Collectors.joining(" "));
    }

    /** The capitalised name right before a report noun ("Fast Company" of "a new Fast Company report"), or null. */
    String before(List<Words.Word> words, String role) {
        int at = words.size() - 1;
        if (!lexicon.sourceNouns.contains(role) || !SpeakerPhrases.singular(words.get(at).lower()).equals(role)
                || words.get(at).capitalized()) {
            // "the Washington Post": a capitalised noun ends a name, it names no document
            return null;
        }
        String owner = ownerBefore(words, at);
        if (owner != null) {
            return owner;
        }
        int start = at;
        int end = at;
        // "a Moody’s Analytics’ forecast": a possessive right before the report closes the publisher's whole name
        boolean ownerClosed = at > 0 && isPossessive(words.get(at - 1));
        while (start > 0 && (words.get(start - 1).capitalized() && !lexicon.articles.contains(words.get(start - 1).lower())
                || linksName(words, start - 1))) {
            start--;
            if (end == at && start < at - 1 && !ownerClosed && isPossessive(words.get(start))) {
                // "The Verge’s Stadia review": the possessive is the publisher, what follows names the review
                end = start + 1;
            }
        }
        int last = end - 1;
        String name = IntStream.range(start, end).mapToObj(i -> ownerClosed && i < last ? words.get(i).text()
                : NameReader.possessiveless(words.get(i).text())).collect(Collectors.joining(" "));
        // "Tuesday’s report": when it came out, not who published it; "Nigerian newspapers": where they are from
        return start == at || lexicon.dates.contains(name.toLowerCase(Locale.ROOT)) || Demonyms.country(name) != null
                ? null : name;
    }

    /** "Moody’s", and "Analytics’" of a name ending in s. */
    private static boolean isPossessive(Words.Word word) {
        boolean plural = word.end() < word.source().length() && word.lower().endsWith("s")
                && (word.source().charAt(word.end()) == '’' || word.source().charAt(word.end()) == '\'');
        return plural || NameReader.possessiveless(word.text()).length() < word.text().length();
    }

    /**
     * "Statistics Canada’s labour force survey data": the owner whose possessive stands before a few lower-case words
     * that say what kind of document it is; null when there is none.
     */
    private String ownerBefore(List<Words.Word> words, int at) {
        int k = at - 1;
        while (k > 0 && at - k <= MAX_KIND_WORDS && !words.get(k).capitalized()) {
            k--;
        }
        Words.Word possessive = words.get(Math.max(k, 0));
        if (k == at - 1 || k < 0 || !possessive.capitalized()
                || NameReader.possessiveless(possessive.text()).length() == possessive.text().length()) {
            return null;
        }
        int start = k;
        while (start > 0 && words.get(start - 1).capitalized() && !lexicon.articles.contains(words.get(start - 1).lower())) {
            start--;
        }
        String name = words.stream().skip(start).limit(k - start + 1).map(w -> NameReader.possessiveless(w.text()))
                .collect(Collectors.joining(" "));
        return Demonyms.country(name) != null ? null : name;
    }

    /** "Federal Reserve Bank of Dallas research": a link word between an organisation word and a capitalised word. */
    private boolean linksName(List<Words.Word> words, int i) {
        return i > 0 && i + 1 < words.size() && LINKS.contains(words.get(i).lower()) && words.get(i + 1).capitalized()
                && lexicon.organisations.contains(words.get(i - 1).lower());
    }

    /**
     * The name after a noun of sources and "in", "by" or "from", with at most a participle between: "a report in the
     * Argus Leader of Sioux Falls", "data released by MOTIE", "industry sources cited by DigiTimes"; null if none.
     */
    String after(List<Words.Word> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            String noun = words.get(i).lower();
            // ("Analysis from PricewaterhouseCoopers suggests": capitalised only as the sentence's first word)
            if (!lexicon.sourceNouns.contains(noun) || words.get(i).capitalized() && i > 0) {
                continue;
            }
            int at = i + 1;
            // "a study Monday in Nature Climate Change": when it came out, then where
            at += at + 1 < words.size() && lexicon.dates.contains(words.get(at).lower()) ? 1 : 0;
            boolean participle = !PUBLISHED_BY.contains(words.get(at).lower()) && words.get(at).lower().endsWith("ed");
            at += participle ? 1 : 0;
            // "sources in Beijing" is where they are; only a document is published in something, and anyone by
            boolean by = at < words.size() && (participle && words.get(at).lower().equals("by")
                    || DOCUMENTS.contains(noun) && PUBLISHED_BY.contains(words.get(at).lower()));
            if (by) {
                return lastRunBefore(words, at + 1);
            }
        }
        return null;
    }

    /**
     * "hit-or-miss Taiwanese publication DigiTimes", "the Argus Leader of Sioux Falls": the last capitalised run of
     * a few words, before a preposition ends the name; null if none.
     */
    private String lastRunBefore(List<Words.Word> words, int from) {
        int start = -1;
        int end = -1;
        for (int i = from; i < words.size() && i < from + MAX_PUBLISHER_WORDS; i++) {
            Words.Word w = words.get(i);
            // "obtained by our correspondent on Monday": a day is when, no publisher
            if (w.capitalized() && !lexicon.dates.contains(w.lower()) && (end == i || start < 0 || end < i)) {
                start = end == i ? start : i;
                end = i + 1;
            } else if (start >= 0 && end == i && w.lower().equals("and") && i + 1 < words.size()
                    && words.get(i + 1).capitalized()) {
                // "a poll conducted by Redfield and Wilton": one firm by both names
                end = i + 1;
            } else if (start >= 0 && lexicon.prepositions.contains(w.lower())) {
                break;
            }
        }
        return start < 0 ? null : words.subList(start, end).stream().map(w -> NameReader.possessiveless(w.text()))
                .collect(Collectors.joining(" "));
    }
}
