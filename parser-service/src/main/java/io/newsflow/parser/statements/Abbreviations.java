package io.newsflow.parser.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short all-capital names ("GM", "VW", "NYAG") and the names they stand for, which the article spells out before
 * using them: "General Motors", "Volkswagen", "New York State Attorney General". A speaker named by its
 * abbreviation is the same speaker as the one named in full.
 */
final class Abbreviations {
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,5}");
    /** "The Associated Press" is spelled "AP": an article opening a run is no part of the name. */
    private static final Set<String> ARTICLES = Set.of("The", "A", "An");
    /** Words inside a name that its abbreviation skips: "CMA" of "Competition and Markets Authority". */
    private static final Set<String> LINKS = Set.of("and", "of", "for", "&");

    /** A run of capitalised words, and where it starts in the article text. */
    private record Run(int offset, String text, List<String> words) {
    }

    /**
     * "Immigration, Refugees and Citizenship Canada (IRCC)": a name, its words joined by commas and small words, and
     * its abbreviation in brackets right after it.
     */
    private static final Pattern DEFINED = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}’'.-]*(?:,? (?:and |of |for |the |& )?(?=\\p{Lu}))?)+)\\s*\\((\\p{Lu}{2,6})\\)");

    private final List<Run> runs = new ArrayList<>();
    private final Map<String, String> definitions = new HashMap<>();
    private final List<String> paragraphs;
    private final int[] offsets;
    private boolean scanned;

    /**
     * @param paragraphs the article's paragraphs, read only when an abbreviation is first looked up
     * @param offsets    where each paragraph starts in the article text
     */
    Abbreviations(List<String> paragraphs, int[] offsets) {
        this.paragraphs = paragraphs;
        this.offsets = offsets;
    }

    private void scan(String paragraph, int offset) {
        List<Words.Word> words = Words.of(paragraph);
        for (int i = 0; i < words.size(); ) {
            if (!words.get(i).capitalized()) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < words.size() && (words.get(end).capitalized() || isLink(words, end))
                    && paragraph.substring(words.get(end - 1).end(), words.get(end).start()).isBlank()) {
                end++;
            }
            int start = end - i > 1 && ARTICLES.contains(words.get(i).text()) ? i + 1 : i;
            List<String> run = words.subList(start, end).stream().map(w -> NameReader.possessiveless(w.text())).toList();
            runs.add(new Run(offset + words.get(start).start(), String.join(" ", run), run));
            for (int owner = start; owner < end - 1; owner++) {
                if (!NameReader.possessiveless(words.get(owner).text()).equals(words.get(owner).text())) {
                    // "California’s Department of Motor Vehicles": the owner, and the name the "DMV" spells after it
                    List<String> owned = run.subList(owner + 1 - start, run.size());
                    runs.add(new Run(offset + words.get(owner + 1).start(), String.join(" ", owned), owned));
                }
            }
            i = end;
        }
    }

    /**
     * The name spelled out before {@code offset} that {@code name} abbreviates, the latest first: one whose words'
     * initials spell it ("GM"), else one long word holding its letters in order ("VW" of "Volkswagen"); null if
     * {@code name} is no abbreviation or none fits.
     */
    String expand(String name, int offset) {
        if (!ABBREVIATION.matcher(name).matches()) {
            return null;
        }
        if (!scanned) {
            for (int i = 0; i < paragraphs.size(); i++) {
                scan(paragraphs.get(i), offsets[i]);
                if (paragraphs.get(i).indexOf('(') < 0) {
                    // a definition sets its abbreviation in brackets; most paragraphs have none to look through
                    continue;
                }
                Matcher defined = DEFINED.matcher(paragraphs.get(i));
                while (defined.find()) {
                    // "South Korea’s Ministry of Trade, Industry and Energy (MOTIE)": the owner is no part of the name
                    // and "The United Nations’ (UN) top court" spells it with its article and possessive
                    String named = defined.group(1).strip().replaceFirst("^.*[’']s ", "")
                            .replaceFirst("^(The|A|An) ", "").replaceFirst("[’']s?$", "");
                    definitions.putIfAbsent(defined.group(2), named);
                }
            }
            scanned = true;
        }
        if (definitions.containsKey(name)) {
            // "Immigration, Refugees and Citizenship Canada (IRCC)": the article spells out what it abbreviates
            return definitions.get(name);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String oneWord = null;
        for (int i = runs.size() - 1; i >= 0; i--) {
            Run run = runs.get(i);
            if (run.offset() >= offset || run.text().equals(name)) {
                continue;
            }
            int spelled = run.words().size() > 1 ? spellsInitials(lower, run.words()) : 0;
            if (spelled > 1) {
                // "CMA" of "Competition and Markets Authority and Microsoft": the name ends at its last initial
                return String.join(" ", run.words().subList(0, spelled));
            }
            if (oneWord == null && run.words().size() == 1 && holdsInOrder(lower, run.text())) {
                oneWord = run.text();
            }
        }
        return oneWord;
    }

    /** "Competition and Markets Authority": a small word joining capitalised ones inside one name. */
    private static boolean isLink(List<Words.Word> words, int i) {
        return LINKS.contains(words.get(i).lower()) && i + 1 < words.size() && words.get(i + 1).capitalized();
    }

    /**
     * "nyag" of New York State Attorney General: initials in order, some words skipped, the first one not. How many
     * words the initials take, or 0 when they do not spell it.
     */
    private static int spellsInitials(String abbreviation, List<String> words) {
        if (Character.toLowerCase(words.get(0).charAt(0)) != abbreviation.charAt(0)) {
            return 0;
        }
        int next = 1;
        int w = 1;
        for (; w < words.size() && next < abbreviation.length(); w++) {
            if (Character.toLowerCase(words.get(w).charAt(0)) == abbreviation.charAt(next)) {
                next++;
            }
        }
        return next == abbreviation.length() ? w : 0;
    }

    /** "vw" of Volkswagen: a word well over twice as long, with the same first letter and the rest in order. */
    private static boolean holdsInOrder(String abbreviation, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 2 * abbreviation.length() + 2 || lower.charAt(0) != abbreviation.charAt(0)) {
            return false;
        }
        int next = 1;
        for (int i = 1; i < lower.length() && next < abbreviation.length(); i++) {
            if (lower.charAt(i) == abbreviation.charAt(next)) {
                next++;
            }
        }
        return next == abbreviation.length();
    }
}
