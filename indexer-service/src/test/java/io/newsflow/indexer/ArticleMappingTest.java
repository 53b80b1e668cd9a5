package io.newsflow.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.Article;
import io.newsflow.contracts.Speaker;
import io.newsflow.contracts.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;

/** The index mapping must give every field of the article contract a type, or analysts cannot query it. */
class ArticleMappingTest {

    @Test
    void everyArticleFieldIsMapped() throws IOException {
        JsonNode properties = mapping().at("/mappings/properties");

        assertMapped(Article.class, properties);
        assertMapped(Statement.class, properties.at("/statements/properties"));
        assertMapped(Speaker.class, properties.at("/statements/properties/speaker/properties"));
        assertEquals("nested", properties.at("/statements/type").asText());
    }

    private static void assertMapped(Class<? extends Record> type, JsonNode properties) {
        for (RecordComponent component : type.getRecordComponents()) {
            assertTrue(properties.has(component.getName()), type.getSimpleName() + "." + component.getName()
                    + " has no mapping");
        }
    }

    private static JsonNode mapping() throws IOException {
        try (InputStream in = ArticleMappingTest.class.getResourceAsStream("/elasticsearch/news-articles.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
