package io.newsflow.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.indexer.IndexerConfig;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A small read API over the indices, for downstream services that prefer HTTP to Elasticsearch's own. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private static final int MAX_SIZE = 100;

    private final ElasticsearchClient client;
    private final IndexerConfig config;

    SearchResource(ElasticsearchClient client, IndexerConfig config) {
        this.client = client;
        this.config = config;
    }

    /** One page of results. */
    public record Page<T>(long total, List<T> hits) {
    }

    /** An article as a search result; {@code snippet} highlights the query's words with {@code <em>}. */
    public record ArticleHit(String id, String title, String url, String site, String language, String publishedAt,
                             String snippet) {
    }

    /** A statement as a search result, with the article it comes from. */
    public record StatementHit(String speaker, String speakerTitle, String affiliation, String kind, String cue,
                               String text, String articleId, String title, String url, String publishedAt) {
    }

    @GET
    @Path("/articles")
    @Operation(summary = "Search articles by words, site, language and publication date")
    public Page<ArticleHit> articles(@Parameter(description = "words to find in title and text") @QueryParam("q") String q,
                                     @QueryParam("site") String site, @QueryParam("language") String language,
                                     @Parameter(description = "published on or after, yyyy-MM-dd") @QueryParam("from") String from,
                                     @Parameter(description = "published on or before, yyyy-MM-dd") @QueryParam("to") String to,
                                     @QueryParam("size") @DefaultValue("20") int size) throws IOException {
        List<Query> filters = new ArrayList<>();
        term(filters, "site", site);
        term(filters, "language", language);
        if (from != null || to != null) {
            filters.add(Query.of(f -> f.range(r -> r.untyped(u -> u.field("publishedAt")
                    .gte(from == null ? null : JsonData.of(date(from, "from")))
                    .lte(to == null ? null : JsonData.of(date(to, "to")))))));
        }
        SearchResponse<ObjectNode> response = client.search(s -> s.index(config.alias()).size(size(size))
                .query(query(q, List.of("title^2", "text"), filters))
                .highlight(h -> h.fields("text", f -> f.fragmentSize(200).numberOfFragments(1)))
                .source(src -> src.filter(f -> f.includes("id", "title", "url", "site", "language", "publishedAt")))
                .sort(o -> q == null || q.isBlank() ? o.field(f -> f.field("publishedAt").order(SortOrder.Desc))
                        : o.score(sc -> sc.order(SortOrder.Desc))), ObjectNode.class);
        List<ArticleHit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ObjectNode a = hit.source();
            List<String> snippet = hit.highlight().getOrDefault("text", List.of());
            hits.add(new ArticleHit(text(a, "id"), text(a, "title"), text(a, "url"), text(a, "site"),
                    text(a, "language"), text(a, "publishedAt"), snippet.isEmpty() ? null : snippet.get(0)));
        }
        return new Page<>(response.hits().total() == null ? hits.size() : response.hits().total().value(), hits);
    }

    @GET
    @Path("/statements")
    @Operation(summary = "Search statements by speaker and words")
    public Page<StatementHit> statements(@Parameter(description = "the speaker's name, exactly") @QueryParam("speaker") String speaker,
                                         @Parameter(description = "words to find in what was said") @QueryParam("q") String q,
                                         @QueryParam("size") @DefaultValue("20") int size) throws IOException {
        List<Query> filters = new ArrayList<>();
        term(filters, "speaker.name", speaker);
        SearchResponse<ObjectNode> response = client.search(s -> s.index(config.statementsAlias()).size(size(size))
                .query(query(q, List.of("text"), filters)), ObjectNode.class);
        List<StatementHit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ObjectNode st = hit.source();
            hits.add(new StatementHit(st.at("/speaker/name").asText(null), st.at("/speaker/title").asText(null),
                    st.at("/speaker/affiliation").asText(null), text(st, "kind"), text(st, "cue"), text(st, "text"),
                    text(st, "articleId"), text(st, "title"), text(st, "url"), text(st, "publishedAt")));
        }
        return new Page<>(response.hits().total() == null ? hits.size() : response.hits().total().value(), hits);
    }

    private static Query query(String q, List<String> fields, List<Query> filters) {
        return Query.of(b -> b.bool(bool -> {
            if (q != null && !q.isBlank()) {
                bool.must(m -> m.multiMatch(mm -> mm.query(q).fields(fields)));
            }
            return bool.filter(filters);
        }));
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Query.of(f -> f.term(t -> t.field(field).value(value))));
        }
    }

    private static String date(String value, String name) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date like 2024-05-31, not " + value);
        }
    }

    private static int size(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_SIZE);
        }
        return size;
    }

    private static String text(ObjectNode node, String field) {
        return node == null || !node.hasNonNull(field) ? null : node.get(field).asText();
    }
}
