package io.newsflow.indexer.index;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What Elasticsearch answered for one operation of a {@code _bulk} request.
 *
 * @param status the operation's HTTP status
 * @param result {@code created}, {@code updated}, {@code deleted} or {@code not_found}; null on an error
 * @param error  the error's type and reason; null when the operation succeeded
 */
record BulkItem(int status, String result, String error) {
    /** Only what the writer reads: a response of thousands of items is parsed for each request. */
    static final String FILTER_PATH = "items.*.status,items.*.result,items.*.error.type,items.*.error.reason";

    /** The items of a bulk response, in the order of the request's operations. */
    static List<BulkItem> of(JsonNode response) {
        List<BulkItem> items = new ArrayList<>();
        for (JsonNode operation : response.path("items")) {
            JsonNode item = operation.elements().next();
            JsonNode error = item.get("error");
            items.add(new BulkItem(item.path("status").asInt(), item.path("result").asText(null),
                    error == null ? null : error.path("type").asText() + ": " + error.path("reason").asText()));
        }
        return items;
    }
}
