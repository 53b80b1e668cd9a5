package io.newsflow.indexer.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/** Ready while Elasticsearch answers {@code _cluster/health} (its {@code GET /} is not served by every build). */
@Readiness
@ApplicationScoped
public class ElasticsearchReadiness implements HealthCheck {
    private final RestClient client;

    ElasticsearchReadiness(RestClient client) {
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            Response response = client.performRequest(new Request("GET", "/_cluster/health"));
            return HealthCheckResponse.named("elasticsearch")
                    .status(response.getStatusLine().getStatusCode() == 200).build();
        } catch (IOException e) {
            return HealthCheckResponse.named("elasticsearch").down().withData("error", e.getMessage()).build();
        }
    }
}
