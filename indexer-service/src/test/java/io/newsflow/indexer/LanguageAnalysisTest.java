package io.newsflow.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.indexer.index.LanguageAnalysis;
import org.junit.jupiter.api.Test;

/** The index definitions sent for a cluster with and without the language analyzers. */
class LanguageAnalysisTest {

    @Test
    void withLanguageAnalyzersTitleAndTextGetPerLanguageSubFields() {
        ObjectNode index = LanguageAnalysis.index("/elasticsearch/news-articles.json", true);

        assertEquals("english", index.at("/mappings/properties/text/fields/en/analyzer").asText());
        assertEquals("russian", index.at("/mappings/properties/title/fields/ru/analyzer").asText());
        assertEquals("azerbaijani", index.at("/mappings/properties/text/fields/az/analyzer").asText());
        assertEquals("turkish", index.at("/settings/analysis/filter/azerbaijani_lowercase/language").asText());
        assertEquals("keyword", index.at("/mappings/properties/title/fields/keyword/type").asText());
    }

    @Test
    void withoutThemTheBundledMappingIsSentUnchanged() {
        ObjectNode index = LanguageAnalysis.index("/elasticsearch/news-articles.json", false);

        assertTrue(index.at("/mappings/properties/text/fields").isMissingNode());
        assertFalse(index.at("/settings").has("analysis"));
    }

    @Test
    void statementTextGetsThemToo() {
        ObjectNode index = LanguageAnalysis.index("/elasticsearch/news-statements.json", true);

        assertEquals("german", index.at("/mappings/properties/text/fields/de/analyzer").asText());
    }
}
