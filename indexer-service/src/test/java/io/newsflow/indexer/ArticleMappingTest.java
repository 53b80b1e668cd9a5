package io.newsflow.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.Article;
import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import io.newsflow.indexer.index.StatementDocuments;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

/** The index mappings must give every field the indexer writes a type, or analysts cannot query it. */
class ArticleMappingTest {

    @Test
    void everyArticleFieldIsMapped() throws IOException {
        JsonNode properties = mapping("news-articles").at("/mappings/properties");

        assertMapped(Article.class, properties);
        assertMapped(Statement.class, properties.at("/statements/properties"));
        assertMapped(Speaker.class, properties.at("/statements/properties/speaker/properties"));
        assertEquals("nested", properties.at("/statements/type").asText());
    }

    @Test
    void everyFieldOfAStatementDocumentIsMapped() throws IOException {
        JsonNode properties = mapping("news-statements").at("/mappings/properties");
        ObjectNode article = (ObjectNode) new ObjectMapper().readTree("""
                {"id": "0123456789abcdef0123456789abcdef", "title": "T", "url": "https://e.com/a", "site": "e.com",
                 "language": "en", "publishedAt": null, "indexedAt": "2026-01-01T00:00:00Z",
                 "statements": [{"speaker": {"name": "A B", "title": null, "affiliation": null}, "text": "x y",
                                 "kind": "indirect", "cue": "said", "paragraph": 0, "start": 0, "end": 3}]}""");

        List<ObjectNode> documents = StatementDocuments.of(article);

        assertEquals(1, documents.size());
        documents.get(0).fieldNames().forEachRemaining(field ->
                assertTrue(properties.has(field), "statement field " + field + " has no mapping"));
        assertEquals("0123456789abcdef0123456789abcdef-0", StatementDocuments.id(article.get("id").asText(), 0));
    }

    private static void assertMapped(Class<? extends Record> type, JsonNode properties) {
        for (RecordComponent component : type.getRecordComponents()) {
            assertTrue(properties.has(component.getName()), type.getSimpleName() + "." + component.getName()
                    + " has no mapping");
        }
    }

    private static JsonNode mapping(String name) throws IOException {
        try (InputStream in = ArticleMappingTest.class.getResourceAsStream("/elasticsearch/" + name + ".json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
