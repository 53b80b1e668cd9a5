package io.newsflow.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JSON Schemas are the published contract: they must list exactly what the records serialise. */
class SchemaMatchesRecordsTest {
    private final ObjectMapper mapper = ContractJson.newMapper();

    @Test
    void articleSchemaListsEveryArticleField() throws IOException {
        Article article = new Article(ArticleIds.fromUrl("https://example.com/a"), "https://example.com/a",
                "https://example.com/a", "example.com", "Title", null, List.of("Jane Doe"), Instant.EPOCH, null,
                null, List.of(), "en", 0.9, "Body.", List.of("Body."),
                List.of(new Boilerplate("Follow us", "trailer:social", "en")),
                List.of(new Statement(new Speaker("Jane Doe", null, null), "Body.", Statement.DIRECT, "said", 0, 0, 5)),
                1, ArticleIds.contentHash("Body."), "test", Instant.EPOCH, Article.ARTICLE, null, "0123456789abcdef");
        JsonNode schema = schema("article-1");
        JsonNode json = mapper.valueToTree(article);

        assertEquals(required(schema), fieldNames(json));
        assertEquals(required(schema), componentNames(Article.class));
        assertEquals(required(schema.at("/properties/statements/items")), fieldNames(json.at("/statements/0")));
        assertEquals(required(schema.at("/properties/statements/items/properties/speaker")),
                fieldNames(json.at("/statements/0/speaker")));
        assertEquals(required(schema.at("/properties/boilerplate/items")), fieldNames(json.at("/boilerplate/0")));
    }

    @Test
    void rawPageSchemaListsEveryRawPageField() throws IOException {
        RawPage page = new RawPage("0123", "https://example.com/", "https://example.com/", 200, "text/html",
                "UTF-8", Instant.EPOCH, "api", false, "<html></html>");
        JsonNode schema = schema("raw-page-1");

        assertEquals(required(schema), fieldNames(mapper.valueToTree(page)));
        assertEquals(required(schema), componentNames(RawPage.class));
    }

    @Test
    void instantsAreIsoStringsAndUnknownFieldsAreIgnored() throws IOException {
        RawPage page = new RawPage("0123", "u", "u", 200, null, "UTF-8", Instant.parse("2024-05-01T10:00:00Z"),
                "api", false, "");
        String json = mapper.writeValueAsString(page);
        String withExtraField = json.replace("{", "{\"addedInALaterMinorVersion\":1,");

        assertEquals("2024-05-01T10:00:00Z", mapper.readTree(json).get("fetchedAt").asText());
        assertEquals(page, mapper.readValue(withExtraField, RawPage.class));
    }

    private JsonNode schema(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/schemas/" + name + ".schema.json")) {
            return mapper.readTree(in);
        }
    }

    private static Set<String> required(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        schema.get("required").forEach(n -> names.add(n.asText()));
        assertEquals(names, new TreeSet<>(iterable(schema.get("properties").fieldNames())));
        return names;
    }

    private static Set<String> fieldNames(JsonNode json) {
        return new TreeSet<>(iterable(json.fieldNames()));
    }

    private static Set<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
