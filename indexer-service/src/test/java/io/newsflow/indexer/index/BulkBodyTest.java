package io.newsflow.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulk request the writer sends, and how it reads Elasticsearch's answer. */
class BulkBodyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesOneActionLineAndOneSourceLinePerDocument() throws Exception {
        ObjectNode article = (ObjectNode) JSON.readTree("{\"id\":\"a1\",\"title\":\"Zürich \\\"talks\\\"\\nresume\"}");
        List<IndexRequest<String>> requests = List.of(
                new IndexRequest<>("news-articles", "a1", article, 1767261600000L, "r1"),
                new IndexRequest<>("news-statements", "a1-0", JSON.createObjectNode().put("text", "x"), null, "r1"),
                IndexRequest.delete("news-statements", "a1-1", "r1"));

        String body = new String(BulkBody.of(requests, JSON), StandardCharsets.UTF_8);

        assertEquals("""
                {"index":{"_index":"news-articles","_id":"a1","version":1767261600000,"version_type":"external_gte"}}
                {"id":"a1","title":"Zürich \\"talks\\"\\nresume"}
                {"index":{"_index":"news-statements","_id":"a1-0"}}
                {"text":"x"}
                {"delete":{"_index":"news-statements","_id":"a1-1"}}
                """, body);
    }

    @Test
    void readsEachItemsStatusResultAndError() throws Exception {
        List<BulkItem> items = BulkItem.of(JSON.readTree("""
                {"items":[{"index":{"status":201,"result":"created"}},
                          {"index":{"status":200,"result":"updated"}},
                          {"index":{"status":409,"error":{"type":"version_conflict_engine_exception","reason":"newer"}}},
                          {"delete":{"status":404,"result":"not_found"}}]}"""));

        assertEquals(List.of(new BulkItem(201, "created", null), new BulkItem(200, "updated", null),
                new BulkItem(409, null, "version_conflict_engine_exception: newer"), new BulkItem(404, "not_found", null)),
                items);
        assertNull(items.get(0).error());
    }
}
