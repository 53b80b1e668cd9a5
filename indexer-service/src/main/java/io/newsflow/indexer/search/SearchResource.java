package io.newsflow.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.indexer.IndexerConfig;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A small read API over the indices, for downstream services that prefer HTTP to Elasticsearch's own. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    private final ElasticsearchClient client;
    private final IndexerConfig config;

    SearchResource(ElasticsearchClient client, IndexerConfig config) {
        this.client = client;
        this.config = config;
    }

    /** One page of results. */
    public record Page<T>(long total, List<T> hits) {
    }

    /**
     * An article as a search result; {@code snippet} is HTML-escaped text with the query's words in {@code <em>}.
     */
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
        ArticleFilter filter = new ArticleFilter(q, site, language, from, to);
        SearchResponse<ObjectNode> response = client.search(s -> s.index(config.alias()).size(Queries.size(size))
                .query(filter.toQuery())
                .highlight(h -> h.encoder(HighlighterEncoder.Html)
                        .fields("text", f -> f.fragmentSize(200).numberOfFragments(1).noMatchSize(200)))
                .source(src -> src.filter(f -> f.includes("id", "title", "url", "site", "language", "publishedAt")))
                .sort(o -> filter.hasWords() ? o.score(sc -> sc.order(SortOrder.Desc))
                        : o.field(f -> f.field("publishedAt").order(SortOrder.Desc))), ObjectNode.class);
        List<ArticleHit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ObjectNode a = hit.source();
            List<String> snippet = hit.highlight().getOrDefault("text", List.of());
            hits.add(new ArticleHit(Queries.text(a, "id"), Queries.text(a, "title"), Queries.text(a, "url"),
                    Queries.text(a, "site"), Queries.text(a, "language"), Queries.text(a, "publishedAt"),
                    snippet.isEmpty() ? null : snippet.get(0)));
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
        Queries.term(filters, "speaker.name", speaker);
        SearchResponse<ObjectNode> response = client.search(s -> s.index(config.statementsAlias())
                .size(Queries.size(size)).query(Queries.wordsAndFilters(q, List.of("text"), filters))
                .sort(o -> q == null || q.isBlank() ? o.field(f -> f.field("publishedAt").order(SortOrder.Desc))
                        : o.score(sc -> sc.order(SortOrder.Desc))), ObjectNode.class);
        List<StatementHit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            ObjectNode st = hit.source();
            hits.add(new StatementHit(st.at("/speaker/name").asText(null), st.at("/speaker/title").asText(null),
                    st.at("/speaker/affiliation").asText(null), Queries.text(st, "kind"), Queries.text(st, "cue"),
                    Queries.text(st, "text"), Queries.text(st, "articleId"), Queries.text(st, "title"),
                    Queries.text(st, "url"), Queries.text(st, "publishedAt")));
        }
        return new Page<>(response.hits().total() == null ? hits.size() : response.hits().total().value(), hits);
    }
}
