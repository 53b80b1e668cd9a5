package io.newsflow.parser.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.contracts.Article;
import io.newsflow.contracts.Boilerplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The parser's Prometheus metrics: {@code newsflow_parser_articles_total{outcome}} (parsed, dead-lettered),
 * {@code newsflow_parser_parse_seconds}, {@code newsflow_parser_languages_total{language}},
 * {@code newsflow_parser_statements} (per article) and {@code newsflow_parser_boilerplate_total{reason}} (blocks
 * removed from article bodies).
 */
@ApplicationScoped
public class ParseMetrics {
    private final MeterRegistry registry;
    private final Counter parsed;
    private final Counter deadLettered;
    private final Timer parseTime;
    private final DistributionSummary statements;

    ParseMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.parsed = registry.counter("newsflow.parser.articles", "outcome", "parsed");
        this.deadLettered = registry.counter("newsflow.parser.articles", "outcome", "dead-lettered");
        this.parseTime = Timer.builder("newsflow.parser.parse").description("time to parse one page")
                .publishPercentileHistogram().register(registry);
        this.statements = DistributionSummary.builder("newsflow.parser.statements")
                .description("statements found per article").register(registry);
    }

    public void parsed(Article article, Duration took) {
        parsed.increment();
        parseTime.record(took);
        statements.record(article.statements().size());
        registry.counter("newsflow.parser.languages", "language", article.language() == null ? "unknown"
                : article.language()).increment();
        for (Boilerplate removed : article.boilerplate()) {
            registry.counter("newsflow.parser.boilerplate", "reason", removed.reason()).increment();
        }
    }

    public void deadLettered() {
        deadLettered.increment();
    }
}
