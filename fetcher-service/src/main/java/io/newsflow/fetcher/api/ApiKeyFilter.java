package io.newsflow.fetcher.api;

import io.newsflow.fetcher.FetcherConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.logging.Logger;

/**
 * Requires the configured API key on requests that change state; reads (health, metrics) stay open. The key is
 * compared in constant time and never logged.
 */
@ApplicationScoped
public class ApiKeyFilter {
    private static final Logger LOG = Logger.getLogger(ApiKeyFilter.class);
    private static final String BEARER = "Bearer ";

    private final FetcherConfig config;

    ApiKeyFilter(FetcherConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.apiKey().isEmpty()) {
            LOG.warn("POST /api/fetch is open to anyone who can reach this port: set NEWSFLOW_FETCHER_API_KEY");
        }
    }

    @ServerRequestFilter
    public Optional<Response> filter(ContainerRequestContext request) {
        if (config.apiKey().isEmpty() || request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) {
            return Optional.empty();
        }
        String presented = request.getHeaderString("X-Api-Key");
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (presented == null && authorization != null && authorization.startsWith(BEARER)) {
            presented = authorization.substring(BEARER.length()).trim();
        }
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                config.apiKey().get().getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "missing or wrong API key (Authorization: Bearer <key> or X-Api-Key)"))
                    .build());
        }
        return Optional.empty();
    }
}
