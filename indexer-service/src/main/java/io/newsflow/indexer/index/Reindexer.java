package io.newsflow.indexer.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.indexer.IndexerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Zero-downtime reindex: builds {@code <alias>-v<N+1>} (from the current index template, so with the current
 * mapping) for articles and statements, copies every article from the index behind the alias with a point in time
 * and {@code search_after} (the statements are derived again from the articles), swaps both aliases in one atomic
 * step, then copies once more what the consumer wrote to the old index while the first copy ran. Needs no
 * {@code _reindex} or {@code _update_by_query}; versions are kept, so a newer write to the new index is never
 * overwritten by the catch-up. The old indices are left in place for the operator to check and delete.
 */
@ApplicationScoped
public class Reindexer {
    private static final Logger LOG = Logger.getLogger(Reindexer.class);
    private static final int PAGE_SIZE = 500;
    private static final String KEEP_ALIVE = "5m";

    private final ElasticsearchClient client;
    private final ArticleStore store;
    private final IndexerConfig config;
    private final ReentrantLock running = new ReentrantLock();

    Reindexer(ElasticsearchClient client, ArticleStore store, IndexerConfig config) {
        this.client = client;
        this.store = store;
        this.config = config;
    }

    /**
     * What a reindex did.
     *
     * @param from      the articles index the alias pointed to
     * @param to        the articles index it points to now
     * @param copied    articles copied before the swap
     * @param caughtUp  articles copied again after the swap because they were written during the copy
     * @param rejected  articles the new mapping refused (see the log for the reasons)
     */
    public record Result(String from, String to, long copied, long caughtUp, long rejected, Duration took) {
    }

    /** Runs a reindex; one at a time per indexer. */
    public Result reindex() throws IOException {
        if (!running.tryLock()) {
            throw new IllegalStateException("a reindex is already running");
        }
        try {
            return run();
        } finally {
            running.unlock();
        }
    }

    private Result run() throws IOException {
        Instant began = Instant.now();
        String from = writeIndex(config.alias());
        String fromStatements = writeIndex(config.statementsAlias());
        ArticleStore.Targets to = nextIndices(from, fromStatements);
        client.indices().create(c -> c.index(to.articles()));
        client.indices().create(c -> c.index(to.statements()));
        LOG.infof("reindexing %s into %s", from, to.articles());
        Copy copy = copy(from, to, null);
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(r -> r.index(from).alias(config.alias())))
                .actions(a -> a.add(r -> r.index(to.articles()).alias(config.alias()).isWriteIndex(true)))
                .actions(a -> a.remove(r -> r.index(fromStatements).alias(config.statementsAlias())))
                .actions(a -> a.add(r -> r.index(to.statements()).alias(config.statementsAlias()).isWriteIndex(true))));
        client.indices().refresh(r -> r.index(from));
        Copy catchUp = copy(from, to, began);
        Result result = new Result(from, to.articles(), copy.articles, catchUp.articles, copy.rejected + catchUp.rejected,
                Duration.between(began, Instant.now()));
        LOG.infof("reindexed: %s", result);
        return result;
    }

    private String writeIndex(String alias) throws IOException {
        var aliases = client.indices().getAlias(g -> g.name(alias)).result();
        return aliases.entrySet().stream()
                .filter(e -> aliases.size() == 1 || Boolean.TRUE.equals(e.getValue().aliases().get(alias).isWriteIndex()))
                .map(java.util.Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("alias " + alias + " has no write index"));
    }

    private ArticleStore.Targets nextIndices(String from, String fromStatements) throws IOException {
        int next = Math.max(VersionedIndex.version(config.alias(), from),
                VersionedIndex.version(config.statementsAlias(), fromStatements)) + 1;
        while (exists(VersionedIndex.name(config.alias(), next)) || exists(VersionedIndex.name(config.statementsAlias(), next))) {
            next++;
        }
        return new ArticleStore.Targets(VersionedIndex.name(config.alias(), next),
                VersionedIndex.name(config.statementsAlias(), next));
    }

    private boolean exists(String index) throws IOException {
        return client.indices().exists(e -> e.index(index)).value();
    }

    private record Copy(long articles, long rejected) {
    }

    /** Copies the articles of {@code from} (those indexed since {@code since}, when given) to the targets. */
    private Copy copy(String from, ArticleStore.Targets to, Instant since) throws IOException {
        Query query = since == null ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.range(r -> r.untyped(u -> u.field("indexedAt").gte(JsonData.of(since.toString())))));
        String pit = client.openPointInTime(p -> p.index(from).keepAlive(k -> k.time(KEEP_ALIVE))).id();
        long articles = 0;
        long rejected = 0;
        try {
            List<FieldValue> after = null;
            while (true) {
                String pitId = pit;
                List<FieldValue> searchAfter = after;
                SearchResponse<ObjectNode> page = client.search(s -> {
                    s.size(PAGE_SIZE).query(query).pit(p -> p.id(pitId).keepAlive(k -> k.time(KEEP_ALIVE)))
                            .sort(o -> o.field(f -> f.field("_shard_doc")));
                    return searchAfter == null ? s : s.searchAfter(searchAfter);
                }, ObjectNode.class);
                List<Hit<ObjectNode>> hits = page.hits().hits();
                if (hits.isEmpty()) {
                    return new Copy(articles, rejected);
                }
                pit = page.pitId();
                List<IndexRequest<String>> requests = hits.stream()
                        .map(hit -> ArticleStore.request(to.articles(), hit.source(), hit.id())).toList();
                for (BulkWriter.Rejection<String> rejection : store.write(requests, to).rejected()) {
                    LOG.warnf("article %s not reindexed: %s", rejection.request().id(), rejection.reason());
                    rejected++;
                }
                articles += hits.size();
                after = hits.get(hits.size() - 1).sort();
            }
        } finally {
            String pitId = pit;
            client.closePointInTime(c -> c.id(pitId));
        }
    }
}
