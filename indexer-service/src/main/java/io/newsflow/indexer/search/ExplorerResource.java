package io.newsflow.indexer.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.indexer.IndexerConfig;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The reads behind the Explorer page: one whole article, counts for a query, and the top speakers. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class ExplorerResource {
    private static final int MAX_BUCKETS = 50;

    private final ElasticsearchClient client;
    private final IndexerConfig config;

    ExplorerResource(ElasticsearchClient client, IndexerConfig config) {
        this.client = client;
        this.config = config;
    }

    /** A count of documents under a key (a day, a language, a site). */
    public record Bucket(String key, long count) {
    }

    /** Counts for an article query: total, per publication day, per language, per site. */
    public record Facets(long total, List<Bucket> perDay, List<Bucket> languages, List<Bucket> sites) {
    }

    /** A speaker with how many statements they have under the current filter. */
    public record Speaker(String name, String title, String affiliation, long statements) {
    }

    @GET
    @Path("/articles/{id}")
    @Operation(summary = "One article as stored: text, paragraphs, statements with offsets, boilerplate, metadata")
    public ObjectNode article(@PathParam("id") String id) throws IOException {
        if (!id.matches("[0-9a-f]{32}")) {
            throw new NotFoundException("no article " + id);
        }
        GetResponse<ObjectNode> response = client.get(g -> g.index(config.alias()).id(id), ObjectNode.class);
        if (!response.found() || response.source() == null) {
            throw new NotFoundException("no article " + id);
        }
        return response.source();
    }

    @GET
    @Path("/articles/facets")
    @Operation(summary = "Counts for an article search: per publication day, per language, per site")
    public Facets facets(@QueryParam("q") String q, @QueryParam("site") String site,
                         @QueryParam("language") String language, @QueryParam("from") String from,
                         @QueryParam("to") String to) throws IOException {
        ArticleFilter filter = new ArticleFilter(q, site, language, from, to);
        SearchResponse<Void> response = client.search(s -> s.index(config.alias()).size(0).trackTotalHits(t -> t.enabled(true))
                .query(filter.toQuery())
                .aggregations("perDay", a -> a.dateHistogram(d -> d.field("publishedAt")
                        .calendarInterval(CalendarInterval.Day).format("yyyy-MM-dd").minDocCount(1)))
                .aggregations("languages", a -> a.terms(t -> t.field("language").size(MAX_BUCKETS)))
                .aggregations("sites", a -> a.terms(t -> t.field("site").size(MAX_BUCKETS))), Void.class);
        List<Bucket> perDay = new ArrayList<>();
        response.aggregations().get("perDay").dateHistogram().buckets().array()
                .forEach(b -> perDay.add(new Bucket(b.keyAsString(), b.docCount())));
        return new Facets(response.hits().total() == null ? 0 : response.hits().total().value(), perDay,
                terms(response.aggregations().get("languages")), terms(response.aggregations().get("sites")));
    }

    @GET
    @Path("/speakers")
    @Operation(summary = "The speakers with the most statements, optionally among statements matching words")
    public List<Speaker> speakers(@QueryParam("q") String q, @QueryParam("speaker") String speaker,
                                  @QueryParam("size") @DefaultValue("10") int size) throws IOException {
        List<Query> filters = new ArrayList<>();
        Queries.term(filters, "speaker.name", speaker);
        int buckets = Queries.size(size);
        SearchResponse<Void> response = client.search(s -> s.index(config.statementsAlias()).size(0)
                .query(Queries.wordsAndFilters(q, List.of("text"), filters))
                .aggregations("speakers", a -> a.terms(t -> t.field("speaker.name").size(buckets))
                        .aggregations("latest", top -> top.topHits(h -> h.size(1)
                                .source(src -> src.filter(f -> f.includes("speaker")))))), Void.class);
        List<Speaker> speakers = new ArrayList<>();
        for (StringTermsBucket bucket : response.aggregations().get("speakers").sterms().buckets().array()) {
            JsonNode source = bucket.aggregations().get("latest").topHits().hits().hits().get(0).source()
                    .to(JsonNode.class).path("speaker");
            speakers.add(new Speaker(bucket.key().stringValue(), Queries.text(source, "title"),
                    Queries.text(source, "affiliation"), bucket.docCount()));
        }
        return speakers;
    }

    private static List<Bucket> terms(Aggregate aggregate) {
        List<Bucket> buckets = new ArrayList<>();
        aggregate.sterms().buckets().array().forEach(b -> buckets.add(new Bucket(b.key().stringValue(), b.docCount())));
        return buckets;
    }
}
