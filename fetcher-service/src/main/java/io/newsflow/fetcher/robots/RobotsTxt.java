package io.newsflow.fetcher.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.newsflow.fetcher.FetcherConfig;
import io.newsflow.fetcher.fetch.AddressGuard;
import io.newsflow.fetcher.fetch.FetchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

/**
 * The robots.txt rules of each host, parsed by crawler-commons and cached per origin. As RFC 9309 says: a
 * missing robots.txt (4xx) allows everything; an unreachable one (5xx, network error) disallows everything for a
 * while, so a struggling site is not crawled harder.
 */
@ApplicationScoped
public class RobotsTxt {
    private static final Logger LOG = Logger.getLogger(RobotsTxt.class);
    private static final int MAX_ROBOTS_BYTES = 512 * 1024;
    private static final Duration UNREACHABLE_TTL = Duration.ofMinutes(10);

    private record Cached(BaseRobotRules rules, Instant expires) {
    }

    private final FetcherConfig config;
    private final AddressGuard guard;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Clock clock;
    private final List<String> agentNames;

    @Inject
    public RobotsTxt(FetcherConfig config, AddressGuard guard) {
        this(config, guard, Clock.systemUTC());
    }

    RobotsTxt(FetcherConfig config, AddressGuard guard, Clock clock) {
        this.config = config;
        this.guard = guard;
        this.clock = clock;
        this.agentNames = List.of(config.userAgent().split("[/ ]")[0].toLowerCase(Locale.ROOT));
    }

    /** The rules for the host of {@code url} (a normalised http(s) URL). */
    public BaseRobotRules rulesFor(String url) {
        String origin = origin(url);
        Cached cached = cache.get(origin);
        if (cached == null || cached.expires().isBefore(clock.instant())) {
            cached = fetch(origin);
            cache.put(origin, cached);
        }
        return cached.rules();
    }

    private Cached fetch(String origin) {
        String robotsUrl = origin + "/robots.txt";
        try {
            guard.check(robotsUrl);
            Connection.Response response = Jsoup.connect(robotsUrl).userAgent(config.userAgent())
                    .timeout((int) config.timeout().toMillis()).maxBodySize(MAX_ROBOTS_BYTES).ignoreHttpErrors(true)
                    .ignoreContentType(true).followRedirects(true).execute();
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                BaseRobotRules rules = parser.parseContent(robotsUrl, response.bodyAsBytes(), "text/plain", agentNames);
                return new Cached(rules, clock.instant().plus(config.robotsCacheTtl()));
            }
            if (status >= 400 && status < 500) {
                return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL),
                        clock.instant().plus(config.robotsCacheTtl()));
            }
            LOG.warnf("robots.txt of %s answered HTTP %d; not crawling the host for now", origin, status);
        } catch (FetchException e) {
            LOG.warnf("robots.txt of %s not fetched: %s", origin, e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("robots.txt of %s unreachable (%s); not crawling the host for now", origin, e.getMessage());
        }
        return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                clock.instant().plus(UNREACHABLE_TTL));
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
