package io.newsflow.parser.statements;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * Coverage-guided fuzzing of statement extraction alone with Jazzer: whatever the paragraphs, in any language it
 * knows, the extractor returns statements or none and never throws. The parser catches a failure here and keeps the
 * article without statements, so {@code ParserFuzzTest} alone would let such a failure pass unseen.
 */
class StatementExtractorFuzzTest {
    private static final StatementExtractor EXTRACTOR = new StatementExtractor();

    @FuzzTest(maxDuration = "20s")
    void anyParagraphsGiveStatementsOrNone(FuzzedDataProvider data) {
        String language = data.pickValue(new String[] {"en", "ru", "az", "de"});
        EXTRACTOR.extract(Arrays.asList(data.consumeRemainingAsString().split("\n")), language);
    }
}
