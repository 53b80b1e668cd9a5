package io.newsflow.indexer.admin;

import io.newsflow.contracts.ApiKeys;
import io.newsflow.indexer.IndexerConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.logging.Logger;

/** Requires the configured API key on requests that change state, as {@link ApiKeys} describes. */
@ApplicationScoped
public class ApiKeyFilter {
    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);

    private final IndexerConfig config;

    ApiKeyFilter(IndexerConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.apiKey().isEmpty()) {
            LOG.warn("the indexer's admin API (reindex) is open to anyone who can reach this port: set NEWSFLOW_INDEXER_API_KEY");
        }
    }

    @ServerRequestFilter
    public Optional<Response> filter(ContainerRequestContext request) {
        return ApiKeys.refusal(config.apiKey(), request.getMethod(), request.getHeaderString(ApiKeys.HEADER),
                        request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .map(reason -> Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON)
                        .entity(Map.of("error", reason)).build());
    }
}
