package io.newsflow.fetcher.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(5));

    @Test
    void transientFailuresBackOffExponentiallyWithJitter() {
        Duration first = policy.next(new FetchException("timeout", "t"), 1).orElseThrow();
        Duration third = policy.next(new FetchException("http-503", "t"), 3).orElseThrow();

        assertTrue(first.compareTo(Duration.ofSeconds(5)) >= 0 && first.compareTo(Duration.ofMillis(7500)) < 0, first.toString());
        assertTrue(third.compareTo(Duration.ofSeconds(20)) >= 0 && third.compareTo(Duration.ofSeconds(30)) < 0, third.toString());
        assertEquals(Optional.empty(), policy.next(new FetchException("connection", "t"), 4));
    }

    @Test
    void retryAfterIsHonoured() {
        FetchException tooMany = new FetchException("http-429", "slow down", Duration.ofSeconds(120));

        assertEquals(Optional.of(Duration.ofSeconds(120)), policy.next(tooMany, 1));
    }

    @Test
    void permanentFailuresAreFinal() {
        for (String reason : new String[] {"http-404", "http-410", "robots-disallowed", "not-html", "blocked-address"}) {
            assertEquals(Optional.empty(), policy.next(new FetchException(reason, "t"), 1), reason);
        }
    }

    @Test
    void retryAfterHeadersInSecondsOrAsADate() {
        assertEquals(Duration.ofSeconds(30), PageFetcher.retryAfter("30"));
        assertEquals(Duration.ZERO, PageFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertEquals(null, PageFetcher.retryAfter("soon"));
    }
}
