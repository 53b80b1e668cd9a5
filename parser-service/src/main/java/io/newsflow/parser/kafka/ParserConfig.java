package io.newsflow.parser.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** The parser service's settings, under {@code newsflow.parser}. */
@ConfigMapping(prefix = "newsflow.parser")
public interface ParserConfig {
    /** ISO 639-1 codes of the languages the detector tells apart; empty means the built-in default list. */
    Optional<List<String>> languages();

    /** Lingua's high-accuracy mode: better on short paragraphs, several times the memory. */
    @WithDefault("false")
    boolean languageHighAccuracy();

    /** Bodies longer than this many characters are dead-lettered instead of parsed. */
    @WithDefault("10000000")
    int maxPageChars();

    /**
     * The compacted topic where the replicas share the recurring blocks they learn per site; created (compacted)
     * when missing.
     */
    @WithDefault("news.site-blocks")
    String siteBlocksTopic();
}
