package io.newsflow.parser.statements;

import static io.newsflow.parser.statements.SentenceText.inside;
import static io.newsflow.parser.statements.SentenceText.isWordEnd;
import static io.newsflow.parser.statements.SentenceText.isWordStart;

import java.util.List;
import java.util.Set;

/** A cue found in a text: where, and which. */
record Cue(int start, int end, String word) {
    /**
     * Words after which a cue word is a noun or an adjective: "his claim that", "three confirmed diagnoses", "recover
     * from claims they are whingers", "amid reports that".
     */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my",
            "your", "these", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "several", "many", "no", "of", "from", "about", "amid", "amidst", "despite", "against", "over");

    private static final Set<String> NUMBERS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten");
    private static final Set<String> QUANTIFIERS = Set.of("many", "several", "some", "most", "few", "both");
    /** "some states commit", "Western states are": before a cue word in -s, words that make it a plural noun. */
    private static final Set<String> PLACE_ADJECTIVES = Set.of("other", "western", "eastern", "northern", "southern",
            "central", "coastal", "member", "neighboring", "neighbouring", "all");
    /** "made comments that", "rejected claims that": verbs whose object a cue word in -s is. */
    private static final Set<String> OBJECT_VERBS = Set.of("made", "make", "makes", "making", "issued", "received",
            "rejected", "dismissed", "heard", "published", "read");
    /** "harassed Jones with tweets numbering in the thousands", "for tweets that": a preposition takes a noun. */
    private static final Set<String> PREPOSITIONS = Set.of("with", "for", "in", "on", "by", "at", "into", "through",
            "via", "under", "after", "before");
    /** Cue words in -s that are as often plural nouns: "the president-elect’s Air Force One tweets". */
    private static final Set<String> PLURAL_NOUNS = Set.of("tweets", "claims", "reports", "notes", "comments", "posts",
            "estimates", "shows", "hints", "promises", "vows", "pledges");
    /** "the president-elect’s Air Force One tweets": the most capitalised words between an owner and what it owns. */
    private static final int MAX_OWNED_NAME_WORDS = 4;
    /** Cue words that are never nouns or adjectives. */
    private static final Set<String> SPEECH = Set.of("says", "said", "told", "tells");

    /**
     * The first cue outside the quotes, at word boundaries. A cue word capitalised inside the sentence is part of a
     * name ("the United States", "Sen. Said"), not a verb.
     */
    static Cue first(String text, String lower, CueList cues, List<int[]> quotes, int start) {
        for (int i = start; i < lower.length(); i++) {
            if (!Character.isLetterOrDigit(lower.charAt(i)) || !isWordStart(lower, i)) {
                continue;
            }
            int end = CueList.wordEnd(lower, i);
            for (String cue : cues.startingAt(lower, i, end)) {
                if (lower.startsWith(cue, i) && isCue(text, lower, cue, quotes, i)) {
                    return new Cue(i, i + cue.length(), cue);
                }
            }
            i = end;
        }
        return null;
    }

    /** Whether the cue word at {@code i} is a verb where it stands: "the claim" and "Said" in a name are not. */
    static boolean isVerbAt(String text, String lower, String cue, int i) {
        return isCue(text, lower, cue, List.of(), i);
    }

    private static boolean isCue(String text, String lower, String cue, List<int[]> quotes, int i) {
        return isWordEnd(lower, i + cue.length()) && !inside(quotes, i)
                && !(Character.isUpperCase(text.charAt(i)) && hasLetterBefore(text, i))
                && !(afterDeterminer(lower, i) && !(SPEECH.contains(cue) && afterNumber(lower, i))
                        && !(!cue.endsWith("s") && afterQuantifier(lower, i)))
                && !(cue.endsWith("s") && !SPEECH.contains(cue) && (afterQuantifier(lower, i)
                        || PLACE_ADJECTIVES.contains(wordBefore(lower, i)) || OBJECT_VERBS.contains(wordBefore(lower, i))
                        || PREPOSITIONS.contains(wordBefore(lower, i))))
                && !(PLURAL_NOUNS.contains(cue) && afterOwnedName(text, i))
                && !inCompound(lower, i, i + cue.length());
    }

    /** "a hand-written annotation", "self-reported": a cue joined to another word by a hyphen is no verb. */
    private static boolean inCompound(String lower, int start, int end) {
        return start > 1 && lower.charAt(start - 1) == '-' && Character.isLetter(lower.charAt(start - 2))
                || end + 1 < lower.length() && lower.charAt(end) == '-' && Character.isLetter(lower.charAt(end + 1));
    }

    /** "his claim that", "three confirmed cases": after a determiner, a number or a preposition the cue word is no verb. */
    private static boolean afterDeterminer(String lower, int i) {
        String word = wordBefore(lower, i);
        return !word.isEmpty() && Character.isDigit(word.charAt(word.length() - 1)) || DETERMINERS.contains(word);
    }

    /** "Trump’s tweets", "the president-elect’s Air Force One tweets": after an owner, with a name between or none. */
    private static boolean afterOwnedName(String text, int i) {
        int end = i;
        for (int words = 0; words <= MAX_OWNED_NAME_WORDS; words++) {
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            String word = text.substring(start, end);
            if (word.endsWith("’s") || word.endsWith("'s")) {
                return true;
            }
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            end = start;
        }
        return false;
    }

    /** "many say that", "Many predict that": a plain verb after a quantifier, whose plural it agrees with. */
    private static boolean afterQuantifier(String lower, int i) {
        return QUANTIFIERS.contains(wordBefore(lower, i));
    }

    /** "the mother of three says": after a number, "says" and "said" are verbs all the same. */
    private static boolean afterNumber(String lower, int i) {
        String word = wordBefore(lower, i);
        return NUMBERS.contains(word) || !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /** The word, letters or digits, that ends before {@code i} past spaces; empty when none does. */
    private static String wordBefore(String lower, int i) {
        int end = i - 1;
        while (end >= 0 && lower.charAt(end) == ' ') {
            end--;
        }
        int start = end;
        while (start >= 0 && Character.isLetterOrDigit(lower.charAt(start))) {
            start--;
        }
        return lower.substring(start + 1, end + 1);
    }

    private static boolean hasLetterBefore(String text, int i) {
        for (int j = 0; j < i; j++) {
            if (Character.isLetter(text.charAt(j))) {
                return true;
            }
        }
        return false;
    }
}
