package io.newsflow.fetcher.api;

import io.newsflow.contracts.ApiKeys;
import io.newsflow.fetcher.FetcherConfig;
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

    private final FetcherConfig config;

    ApiKeyFilter(FetcherConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.apiKey().isEmpty()) {
            LOG.warn("the fetcher's write API is open to anyone who can reach this port: set NEWSFLOW_FETCHER_API_KEY");
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
