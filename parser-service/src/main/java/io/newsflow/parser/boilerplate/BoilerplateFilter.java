package io.newsflow.parser.boilerplate;

import io.newsflow.contracts.Boilerplate;
import io.newsflow.parser.extract.Block;
import io.newsflow.parser.language.LanguageDetector;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Separates the article's paragraphs from the boilerplate that sits among them in the page's main content:
 * trailers (social prompts, copyright, "read more"), link lists, and short fragments (dates, labels, teaser
 * bylines) that sit among boilerplate rather than among paragraphs. What it removes it reports, with the reason
 * and the language, so nothing disappears unexplained.
 */
public final class BoilerplateFilter {
    /** Longer blocks are article text even when they mention a social network or a copyright. */
    private static final int MAX_TRAILER_CHARS = 250;
    private static final double MAX_LINK_DENSITY = 0.5;
    /** A paragraph that opens with a linked headline is still prose when this much of it is not link text. */
    private static final int MIN_PROSE_CHARS = 100;
    /** Blocks this close to either end of the body are where sites put their trailers. */
    private static final int EDGE_BLOCKS = 4;
    /** How many paragraphs at the end of the body are checked for another language, and up to what length. */
    private static final int FOREIGN_EDGE_PARAGRAPHS = 2;
    private static final int MAX_FOREIGN_CHARS = 160;
    /** Below this, a language guess is noise (and costs as much as a real one). */
    private static final int MIN_DETECTABLE_CHARS = 40;

    private final LanguageDetector languages;

    public BoilerplateFilter(LanguageDetector languages) {
        this.languages = languages;
    }

    /** The blocks' verdicts, in order. The headline, when repeated as a block, is dropped without a report. */
    public Result apply(List<Block> blocks, String title) {
        List<Block> body = blocks;
        if (!blocks.isEmpty() && blocks.get(0).isHeading() && blocks.get(0).text().equals(title)) {
            body = blocks.subList(1, blocks.size());
        }
        Boilerplate[] verdicts = new Boilerplate[body.size()];
        boolean[] bad = new boolean[body.size()];
        for (int i = 0; i < verdicts.length; i++) {
            verdicts[i] = verdict(body.get(i), i < EDGE_BLOCKS || i >= verdicts.length - EDGE_BLOCKS);
            bad[i] = verdicts[i] != null;
        }
        boolean[] fragments = ContextClassifier.fragments(body, bad);
        List<String> paragraphs = new ArrayList<>();
        List<Boilerplate> removed = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            String text = body.get(i).text();
            if (verdicts[i] != null) {
                removed.add(verdicts[i]);
            } else if (fragments[i]) {
                removed.add(new Boilerplate(text, "fragment", null));
            } else {
                paragraphs.add(text);
            }
        }
        return new Result(List.copyOf(paragraphs), List.copyOf(removed));
    }

    /**
     * Moves short paragraphs at the end of the body that are in another language than the body into the boilerplate
     * ("Bütün xəbərlər Facebook səhifəmizdə" under an English article): a site's own trailers are often in the
     * site's language, whatever the article's, and no pattern list can know every site. Only lines with a letter
     * the body does not use (another alphabet, other diacritics) are put to the detector, which keeps its cost
     * off almost every page; a foreign line in plain ASCII under an English article is left to the patterns.
     */
    public Result foreignEdges(Result result, String bodyLanguage) {
        List<String> paragraphs = result.paragraphs();
        if (bodyLanguage == null || paragraphs.size() < 2) {
            return result;
        }
        List<String> kept = new ArrayList<>(paragraphs);
        List<Boilerplate> removed = new ArrayList<>(result.removed());
        BitSet bodyLetters = null;
        for (int i = paragraphs.size() - 1; i >= paragraphs.size() - FOREIGN_EDGE_PARAGRAPHS && i > 0; i--) {
            String text = paragraphs.get(i);
            if (text.length() > MAX_FOREIGN_CHARS || text.length() < MIN_DETECTABLE_CHARS / 2) {
                continue;
            }
            if (bodyLetters == null) {
                bodyLetters = letters(paragraphs.subList(0, paragraphs.size() - FOREIGN_EDGE_PARAGRAPHS / 2));
            }
            BitSet lineLetters = letters(List.of(text));
            lineLetters.andNot(bodyLetters);
            if (lineLetters.isEmpty()) {
                // every letter of the line is one the body uses too: no sign of another alphabet or diacritics
                continue;
            }
            String language = languages.foreignLanguage(text, bodyLanguage);
            if (language != null && kept.size() > 1) {
                kept.remove(i);
                removed.add(new Boilerplate(text, "foreign-language", language));
            }
        }
        return kept.size() == paragraphs.size() ? result : new Result(List.copyOf(kept), List.copyOf(removed));
    }

    /** The letters the texts use, lower-cased, as a set of code points. */
    private static BitSet letters(List<String> texts) {
        BitSet letters = new BitSet(256);
        for (String text : texts) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                if (Character.isLetter(c)) {
                    letters.set(Character.toLowerCase(c));
                }
                i += Character.charCount(c);
            }
        }
        return letters;
    }

    /**
     * @param trailerSpot whether the block sits where trailers do, near the start or end of the body. Trailer
     *                    patterns are tried only there, which keeps them off most paragraphs; promotions in the
     *                    middle of a body are links, caught as link lists.
     */
    private Boilerplate verdict(Block block, boolean trailerSpot) {
        String text = block.text();
        if (trailerSpot && text.length() <= MAX_TRAILER_CHARS) {
            String lower = text.toLowerCase(Locale.ROOT);
            TrailerPatterns.Trailer trailer = TrailerPatterns.find(lower);
            if (trailer != null) {
                String language = trailer.language() != null ? trailer.language() : languageOf(text);
                return new Boilerplate(text, trailer.reason(), language);
            }
        }
        if (block.linkDensity() > MAX_LINK_DENSITY && text.length() - block.linkChars() < MIN_PROSE_CHARS) {
            // Link lists are mostly headlines of other pages: their language says nothing worth a detection.
            return new Boilerplate(text, "link-list", null);
        }
        return null;
    }

    private String languageOf(String text) {
        return text.length() < MIN_DETECTABLE_CHARS ? null : languages.detect(text).language();
    }

    /**
     * @param paragraphs the article's paragraphs
     * @param removed    what was taken out from among them
     */
    public record Result(List<String> paragraphs, List<Boilerplate> removed) {
    }
}
