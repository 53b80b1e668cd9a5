package io.newsflow.parser.statements;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who published a source the article cites: the name before it ("a new Fast Company report", "The Verge’s Stadia
 * review") or after it ("a report in the Argus Leader", "industry sources cited by DigiTimes").
 */
final class Publishers {
    /** "a report in the Argus Leader", "a study by Pew", "figures from the ONS": who published the source. */
    private static final Set<String> PUBLISHED_BY = Set.of("in", "by", "from");
    private static final int MAX_PUBLISHER_WORDS = 6;
    /** Sources that are published somewhere: "a report in the Argus Leader", "a study by Pew". */
    private static final Set<String> DOCUMENTS = Set.of("report", "reports", "study", "studies", "survey", "surveys",
            "poll", "polls", "data", "figures", "statistics", "analysis", "research", "article", "paper", "review",
            "estimate", "estimates", "documents", "records");

    private final CueLexicon lexicon;

    Publishers(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The capitalised name right before a report noun ("Fast Company" of "a new Fast Company report"), or null. */
    String before(List<Words.Word> words, String role) {
        int at = words.size() - 1;
        if (!lexicon.sourceNouns.contains(role) || !SpeakerResolver.singular(words.get(at).lower()).equals(role)) {
            return null;
        }
        int start = at;
        int end = at;
        while (start > 0 && words.get(start - 1).capitalized() && !lexicon.articles.contains(words.get(start - 1).lower())) {
            start--;
            if (end == at && start < at - 1 && NameReader.possessiveless(words.get(start).text()).length()
                    < words.get(start).text().length()) {
                // "The Verge’s Stadia review": the possessive is the publisher, what follows names the review
                end = start + 1;
            }
        }
        if (start == at) {
            return null;
        }
        return words.stream().skip(start).limit(end - start).map(w -> NameReader.possessiveless(w.text()))
                .collect(Collectors.joining(" "));
    }

    /**
     * The name after a noun of sources and "in", "by" or "from", with at most a participle between: "a report in the
     * Argus Leader of Sioux Falls", "data released by MOTIE", "industry sources cited by DigiTimes"; null if none.
     */
    String after(List<Words.Word> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            String noun = words.get(i).lower();
            if (!lexicon.sourceNouns.contains(noun) || words.get(i).capitalized()) {
                continue;
            }
            int at = i + 1;
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
            if (w.capitalized() && (end == i || start < 0 || end < i)) {
                start = end == i ? start : i;
                end = i + 1;
            } else if (start >= 0 && lexicon.prepositions.contains(w.lower())) {
                break;
            }
        }
        return start < 0 ? null : words.subList(start, end).stream().map(w -> NameReader.possessiveless(w.text()))
                .collect(Collectors.joining(" "));
    }
}
