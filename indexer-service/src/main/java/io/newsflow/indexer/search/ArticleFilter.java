package io.newsflow.indexer.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The article filters every read endpoint shares: words in title and text, site, language, and a publication
 * date range (yyyy-MM-dd, inclusive).
 */
record ArticleFilter(String q, String site, String language, String from, String to) {

    ArticleFilter {
        from = date(from, "from");
        to = date(to, "to");
    }

    boolean hasWords() {
        return q != null && !q.isBlank();
    }

    Query toQuery() {
        List<Query> filters = new ArrayList<>();
        Queries.term(filters, "site", site);
        Queries.term(filters, "language", language);
        if (from != null || to != null) {
            filters.add(Query.of(f -> f.range(r -> r.untyped(u -> u.field("publishedAt")
                    .gte(from == null ? null : JsonData.of(from))
                    .lte(to == null ? null : JsonData.of(to))))));
        }
        return Queries.wordsAndFilters(q, List.of("title^2", "text"), filters);
    }

    private static String date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date like 2024-05-31, not " + value);
        }
    }
}
