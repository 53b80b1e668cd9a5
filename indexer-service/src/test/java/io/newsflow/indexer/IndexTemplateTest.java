package io.newsflow.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.indexer.index.IndexTemplate;
import io.newsflow.indexer.index.LanguageAnalysis;
import io.newsflow.indexer.index.VersionedIndex;
import org.junit.jupiter.api.Test;

/** The index templates the indexer puts, for clusters with and without the language analyzers. */
class IndexTemplateTest {

    @Test
    void templateCoversEveryVersionOfTheAliasWithTheMapping() {
        ObjectNode template = IndexTemplate.of("news-articles",
                LanguageAnalysis.index("/elasticsearch/news-articles.json", true));

        assertEquals("news-articles-v*", template.at("/index_patterns/0").asText());
        assertEquals("nested", template.at("/template/mappings/properties/statements/type").asText());
        assertEquals("english", template.at("/template/mappings/properties/text/fields/en/analyzer").asText());
        assertTrue(template.at("/template/settings/analysis/analyzer/azerbaijani").isObject());
    }

    @Test
    void withoutTheLanguageAnalyzersTheTemplateUsesTheStandardAnalyzerOnly() {
        ObjectNode template = IndexTemplate.of("news-statements",
                LanguageAnalysis.index("/elasticsearch/news-statements.json", false));

        assertEquals("news-statements-v*", template.at("/index_patterns/0").asText());
        assertTrue(template.at("/template/settings/analysis").isMissingNode());
        assertTrue(template.at("/template/mappings/properties/text/fields").isMissingNode());
        assertEquals("keyword", template.at("/template/mappings/properties/speaker/properties/name/type").asText());
    }

    @Test
    void versionedIndexNamesCountFromOne() {
        assertEquals("news-articles-v3", VersionedIndex.name("news-articles", 3));
        assertEquals(12, VersionedIndex.version("news-articles", "news-articles-v12"));
        assertEquals(0, VersionedIndex.version("news-articles", "news-articles-old"));
        assertEquals(0, VersionedIndex.version("news-articles", "news-statements-v2"));
    }
}
