package io.newsflow.fetcher.robots;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HostPolitenessTest {

    @Test
    void requestsToOneHostAreSpacedAndNeverOverlap() throws Exception {
        HostPoliteness politeness = new HostPoliteness();
        List<long[]> spans = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            pool.submit(() -> politeness.call("a.test", Duration.ofMillis(200), () -> {
                long start = System.nanoTime();
                Thread.sleep(20);
                spans.add(new long[] {start, System.nanoTime()});
                return null;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

        spans.sort((a, b) -> Long.compare(a[0], b[0]));
        for (int i = 1; i < spans.size(); i++) {
            long gap = spans.get(i)[0] - spans.get(i - 1)[1];
            assertTrue(gap >= Duration.ofMillis(200).toNanos(), "gap between requests " + gap / 1_000_000 + " ms");
        }
    }

    @Test
    void otherHostsDoNotWait() throws Exception {
        HostPoliteness politeness = new HostPoliteness();
        politeness.call("a.test", Duration.ofSeconds(30), () -> null);
        long start = System.nanoTime();

        politeness.call("b.test", Duration.ofSeconds(30), () -> null);

        assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
    }
}
