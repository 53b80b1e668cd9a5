package io.newsflow.parser.statements;

import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Contributions signed below, the way a panel of answers, a readers' survey or letters to the editor print them:
 * paragraphs in the contributor's own voice, then a paragraph that is only their name and what they are ("Donna
 * Abood, principal and managing director, Avison Young"). The paragraphs are a direct statement of the signer,
 * though they carry no quote marks. The first contribution is the run of first-person paragraphs above its
 * signature; each later one is all that stands between the signature before it and its own ("Never. More direct
 * routes …" speaks in no person, but the page's layout says whose it is).
 */
final class SignedBlocks {
    /** A signature is short: a name and a few words of role and organisation. */
    private static final int MAX_SIGNATURE_CHARS = 160;
    private static final int MIN_NAME_WORDS = 2;
    private static final int MAX_NAME_WORDS = 5;
    /** "executive director, South Florida, The Commonwealth Institute South Florida": a role is a few words. */
    private static final int MAX_ROLE_WORDS = 16;
    /** A contribution between two signatures is an answer of a few paragraphs, not the rest of an article. */
    private static final int MAX_BLOCK_PARAGRAPHS = 4;
    /** "Never." alone is a word; an answer is a sentence at least. */
    private static final int MIN_WORDS = 3;

    /** "Albert E. Dotson Jr.", "Alex Rodriguez-Roig": letters, initials and hyphens, no "&" of a company. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}.'’ -]+");

    private final CueLexicon lexicon;
    private final SpeakerResolver speakers;

    SignedBlocks(CueLexicon lexicon, SpeakerResolver speakers) {
        this.lexicon = lexicon;
        this.speakers = speakers;
    }

    /** The signed contributions among the paragraphs, a statement a paragraph, offsets into the article text. */
    List<Statement> find(List<String> paragraphs, int[] offsets) {
        List<Statement> found = new ArrayList<>();
        int previousSignature = -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            Speaker signer = signer(paragraphs.get(i), offsets[i]);
            if (signer == null) {
                continue;
            }
            int from = previousSignature >= 0 && i - previousSignature - 1 <= MAX_BLOCK_PARAGRAPHS
                    ? previousSignature + 1 : firstPersonRunStart(paragraphs, i);
            for (int p = from; p < i; p++) {
                String paragraph = paragraphs.get(p);
                int start = paragraph.length() - paragraph.stripLeading().length();
                int end = paragraph.stripTrailing().length();
                if (Words.of(paragraph).size() >= MIN_WORDS) {
                    found.add(new Statement(signer, paragraph.substring(start, end), Statement.DIRECT, null, p,
                            offsets[p] + start, offsets[p] + end));
                }
            }
            previousSignature = i;
        }
        return found;
    }

    /** The first of the first-person paragraphs right above paragraph {@code i}; {@code i} when there are none. */
    private int firstPersonRunStart(List<String> paragraphs, int i) {
        int from = i;
        while (from > 0 && endsSentence(paragraphs.get(from - 1))
                && VoicedBlocks.speaksFirstPerson(lexicon, paragraphs.get(from - 1))) {
            from--;
        }
        return from;
    }

    /**
     * The person a paragraph signs for when it is only their name and, after commas, their role and organisation;
     * null for any other paragraph.
     */
    private Speaker signer(String paragraph, int offset) {
        String line = paragraph.strip();
        if (line.length() > MAX_SIGNATURE_CHARS || line.isEmpty() || !endsLikeSignature(line)) {
            return null;
        }
        List<String> parts = Arrays.stream(line.split(",")).map(String::strip).toList();
        if (parts.size() < 2 || parts.stream().anyMatch(String::isEmpty) || !NAME.matcher(parts.get(0)).matches()) {
            return null;
        }
        List<Words.Word> name = Words.of(parts.get(0));
        List<Words.Word> role = Words.of(line.substring(line.indexOf(',') + 1));
        // "SEARCHING THROUGH THE NIGHT, PART TWO": a heading in capitals signs nothing
        if (name.size() < MIN_NAME_WORDS || name.size() > MAX_NAME_WORDS
                || !name.stream().allMatch(Words.Word::capitalized)
                || parts.get(0).equals(parts.get(0).toUpperCase(Locale.ROOT)) || role.size() > MAX_ROLE_WORDS
                || role.stream().anyMatch(w -> lexicon.firstPerson.contains(w.lower()) || lexicon.verbs.contains(w.lower()))
                || role.stream().noneMatch(w -> lexicon.isTitleWord(w.lower()))) {
            // "SpaceX, Hawthorne, California": a place says where, a signature says what its signer does
            return null;
        }
        Speaker person = speakers.resolve(parts.get(0), offset + paragraph.indexOf(parts.get(0)));
        if (person == null || person.name() == null || person.name().indexOf(' ') < 0) {
            return null;
        }
        boolean organisationLast = parts.size() > 2;
        String title = String.join(", ", parts.subList(1, organisationLast ? parts.size() - 1 : parts.size()));
        return new Speaker(person.name(), title, organisationLast ? parts.get(parts.size() - 1) : null);
    }

    /** "…, Avison Young", "…, Bilzin Sumberg Jr.": a signature ends on a word or an abbreviation, not a sentence. */
    private static boolean endsLikeSignature(String line) {
        char last = line.charAt(line.length() - 1);
        if (last != '.') {
            return Character.isLetterOrDigit(last) || last == ')';
        }
        String lastWord = line.substring(line.lastIndexOf(' ') + 1);
        return lastWord.indexOf('.') < lastWord.length() - 1 || lastWord.length() <= 4 && Character.isUpperCase(lastWord.charAt(0));
    }

    private static boolean endsSentence(String paragraph) {
        String text = paragraph.stripTrailing();
        return !text.isEmpty() && ".!?”\"".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
