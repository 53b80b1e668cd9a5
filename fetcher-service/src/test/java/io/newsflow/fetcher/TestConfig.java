package io.newsflow.fetcher;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;

/** Fetcher settings for unit tests, built the way the service builds them: the defaults, loopback allowed. */
public final class TestConfig {
    private TestConfig() {
    }

    public static FetcherConfig create() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(FetcherConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withDefaultValue("newsflow.fetcher.allowed-networks", "127.0.0.0/8")
                .withDefaultValue("newsflow.fetcher.max-redirects", "3")
                .withDefaultValue("newsflow.fetcher.timeout", "5s")
                .build();
        return config.getConfigMapping(FetcherConfig.class);
    }
}
