package io.newsflow.parser;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.newsflow.contracts.RawPage;
import io.newsflow.parser.language.LanguageDetector;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Coverage-guided fuzzing of the parser's entry point with Jazzer: whatever the page, the parser returns an
 * article or throws {@link UnparseablePageException}, nothing else, and never hangs (Jazzer reports an input that
 * takes longer than its timeout). A plain test run replays the seed inputs next to this class's resources; with
 * {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration} (CI: 30 s; longer runs: see the README).
 */
class ParserFuzzTest {
    private static final ArticleParser PARSER = new ArticleParser(
            LanguageDetector.of(List.of("en", "ru", "az", "de"), false), new PageGuard(2_000_000), Clock.systemUTC());

    @FuzzTest(maxDuration = "30s")
    void anyPageGivesAnArticleOrAClearError(FuzzedDataProvider data) {
        String contentType = data.pickValue(new String[] {"text/html", "application/xhtml+xml", "text/plain"});
        String html = data.consumeRemainingAsString();
        RawPage page = new RawPage("0123456789abcdef0123456789abcdef", "https://fuzz.example/news/1.html",
                "https://fuzz.example/news/1.html", 200, contentType, "UTF-8", Instant.EPOCH, "fuzz", false, html);
        try {
            PARSER.parse(page);
        } catch (UnparseablePageException expected) {
            // a clear refusal is a right answer
        }
    }
}
