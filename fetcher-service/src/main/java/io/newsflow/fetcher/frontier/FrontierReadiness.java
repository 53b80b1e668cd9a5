package io.newsflow.fetcher.frontier;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the replica has joined the fetchers' consumer group on the frontier: before that it takes no work,
 * and what it queues would not count as pending yet.
 */
@Readiness
@ApplicationScoped
public class FrontierReadiness implements HealthCheck {
    private final Frontier frontier;

    FrontierReadiness(Frontier frontier) {
        this.frontier = frontier;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("frontier").status(frontier.joined()).build();
    }
}
