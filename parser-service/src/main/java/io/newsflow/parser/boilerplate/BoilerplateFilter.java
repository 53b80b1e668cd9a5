package io.newsflow.parser.boilerplate;

import io.newsflow.contracts.Boilerplate;
import io.newsflow.parser.extract.Block;
import io.newsflow.parser.language.LanguageDetector;
import java.util.ArrayList;
import java.util.List;

/**
 * Separates the article's paragraphs from the boilerplate that sits among them in the page's main content:
 * trailers (social prompts, copyright, "read more") and link lists. What it removes it reports, with the reason
 * and the language, so nothing disappears unexplained.
 */
public final class BoilerplateFilter {
    /** Longer blocks are article text even when they mention a social network or a copyright. */
    private static final int MAX_TRAILER_CHARS = 250;
    private static final double MAX_LINK_DENSITY = 0.5;

    private final LanguageDetector languages;

    public BoilerplateFilter(LanguageDetector languages) {
        this.languages = languages;
    }

    /** The blocks' verdicts, in order. The headline, when repeated as a block, is dropped without a report. */
    public Result apply(List<Block> blocks, String title) {
        List<String> paragraphs = new ArrayList<>();
        List<Boilerplate> removed = new ArrayList<>();
        for (Block block : blocks) {
            String text = block.text();
            if (paragraphs.isEmpty() && block.isHeading() && text.equals(title)) {
                continue;
            }
            Boilerplate verdict = verdict(block);
            if (verdict == null) {
                paragraphs.add(text);
            } else {
                removed.add(verdict);
            }
        }
        return new Result(List.copyOf(paragraphs), List.copyOf(removed));
    }

    private Boilerplate verdict(Block block) {
        String text = block.text();
        if (text.length() <= MAX_TRAILER_CHARS) {
            for (TrailerPatterns.Trailer trailer : TrailerPatterns.ALL) {
                if (trailer.pattern().matcher(text).find()) {
                    String language = trailer.language() != null ? trailer.language() : languageOf(text);
                    return new Boilerplate(text, trailer.reason(), language);
                }
            }
        }
        if (block.linkDensity() > MAX_LINK_DENSITY) {
            return new Boilerplate(text, "link-list", languageOf(text));
        }
        return null;
    }

    private String languageOf(String text) {
        return languages.detect(text).language();
    }

    /**
     * @param paragraphs the article's paragraphs
     * @param removed    what was taken out from among them
     */
    public record Result(List<String> paragraphs, List<Boilerplate> removed) {
    }
}
