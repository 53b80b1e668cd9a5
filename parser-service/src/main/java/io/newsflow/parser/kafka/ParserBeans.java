package io.newsflow.parser.kafka;

import io.newsflow.parser.ArticleParser;
import io.newsflow.parser.PageGuard;
import io.newsflow.parser.language.LanguageDetector;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Wires the plain-Java parser from the service's configuration. */
public class ParserBeans {

    /** Built at start, so that a bad setting (an unknown language code) stops the service there, not later. */
    @Produces
    @Singleton
    @Startup
    ArticleParser articleParser(ParserConfig config, SiteBlocksLog siteBlocks) {
        LanguageDetector languages = LanguageDetector.of(
                config.languages().orElse(LanguageDetector.DEFAULT_LANGUAGES), config.languageHighAccuracy());
        return new ArticleParser(languages, new PageGuard(config.maxPageChars()), Clock.systemUTC(), siteBlocks.blocks());
    }
}
