package io.newsflow.parser.boilerplate;

import io.newsflow.contracts.Boilerplate;
import io.newsflow.parser.extract.Block;
import io.newsflow.parser.language.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Separates the article's paragraphs from the boilerplate that sits among them in the page's main content:
 * trailers (social prompts, copyright, "read more") and link lists. What it removes it reports, with the reason
 * and the language, so nothing disappears unexplained.
 */
public final class BoilerplateFilter {
    /** Longer blocks are article text even when they mention a social network or a copyright. */
    private static final int MAX_TRAILER_CHARS = 250;
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Blocks this close to either end of the body are where sites put their trailers. */
    private static final int EDGE_BLOCKS = 4;
    /** Below this, a language guess is noise (and costs as much as a real one). */
    private static final int MIN_DETECTABLE_CHARS = 40;

    private final LanguageDetector languages;

    public BoilerplateFilter(LanguageDetector languages) {
        this.languages = languages;
    }

    /** The blocks' verdicts, in order. The headline, when repeated as a block, is dropped without a report. */
    public Result apply(List<Block> blocks, String title) {
        List<String> paragraphs = new ArrayList<>();
        List<Boilerplate> removed = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String text = block.text();
            if (paragraphs.isEmpty() && block.isHeading() && text.equals(title)) {
                continue;
            }
            Boilerplate verdict = verdict(block, i < EDGE_BLOCKS || i >= blocks.size() - EDGE_BLOCKS);
            if (verdict == null) {
                paragraphs.add(text);
            } else {
                removed.add(verdict);
            }
        }
        return new Result(List.copyOf(paragraphs), List.copyOf(removed));
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
            for (TrailerPatterns.Trailer trailer : TrailerPatterns.ALL) {
                if (trailer.pattern().matcher(lower).find()) {
                    String language = trailer.language() != null ? trailer.language() : languageOf(text);
                    return new Boilerplate(text, trailer.reason(), language);
                }
            }
        }
        if (block.linkDensity() > MAX_LINK_DENSITY) {
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
