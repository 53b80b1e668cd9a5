package io.newsflow.indexer.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Flattens an article's statements into documents of their own, each carrying the article fields an analyst
 * filters by, because Kibana cannot aggregate nested fields. Ids are {@code <articleId>-<n>}, so an article's
 * statements are rewritten in place and the surplus of an older parse can be deleted by id.
 */
public final class StatementDocuments {
    private static final List<String> ARTICLE_FIELDS = List.of("title", "url", "site", "language", "publishedAt",
            "indexedAt");

    private StatementDocuments() {
    }

    public static String id(String articleId, int index) {
        return articleId + "-" + index;
    }

    /** The number of statement documents {@link #of} makes of the article. */
    public static int count(ObjectNode article) {
        int count = 0;
        for (JsonNode statement : article.path("statements")) {
            if (statement instanceof ObjectNode) {
                count++;
            }
        }
        return count;
    }

    public static List<ObjectNode> of(ObjectNode article) {
        List<ObjectNode> documents = new ArrayList<>();
        for (JsonNode statement : article.path("statements")) {
            if (!(statement instanceof ObjectNode fields)) {
                continue;
            }
            ObjectNode document = fields.deepCopy();
            document.put("articleId", article.path("id").asText());
            for (String field : ARTICLE_FIELDS) {
                document.set(field, article.get(field));
            }
            documents.add(document);
        }
        return documents;
    }
}
