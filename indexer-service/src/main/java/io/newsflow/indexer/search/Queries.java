package io.newsflow.indexer.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.BadRequestException;
import java.util.List;

/** Small pieces the read endpoints build their Elasticsearch queries and answers from. */
final class Queries {
    static final int MAX_SIZE = 100;

    private Queries() {
    }

    /** Words matched over the fields (all documents when blank), within the filters. */
    static Query wordsAndFilters(String q, List<String> fields, List<Query> filters) {
        return Query.of(b -> b.bool(bool -> {
            if (q != null && !q.isBlank()) {
                bool.must(m -> m.multiMatch(mm -> mm.query(q).fields(fields)));
            }
            return bool.filter(filters);
        }));
    }

    static void term(List<Query> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Query.of(f -> f.term(t -> t.field(field).value(value))));
        }
    }

    static int size(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_SIZE);
        }
        return size;
    }

    static String text(JsonNode node, String field) {
        return node == null || !node.hasNonNull(field) ? null : node.get(field).asText();
    }
}
