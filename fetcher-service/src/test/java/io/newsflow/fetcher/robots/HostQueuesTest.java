package io.newsflow.fetcher.robots;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class HostQueuesTest {

    @Test
    void requestsToOneHostAreSpacedAndNeverOverlap() {
        List<long[]> spans = new CopyOnWriteArrayList<>();
        try (HostQueues queues = new HostQueues(3)) {
            queues.pace("a.test", Duration.ofMillis(200));
            List<CompletableFuture<Object>> requests = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                requests.add(queues.submit("a.test", () -> {
                    long start = System.nanoTime();
                    Thread.sleep(20);
                    spans.add(new long[] {start, System.nanoTime()});
                    return null;
                }));
            }
            CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).join();
        }
        for (int i = 1; i < spans.size(); i++) {
            long gap = spans.get(i)[0] - spans.get(i - 1)[1];
            assertTrue(gap >= Duration.ofMillis(200).toNanos(), "gap between requests " + gap / 1_000_000 + " ms");
        }
    }

    @Test
    void aSlowHostHoldsNoThreadSoOtherHostsGoOn() {
        try (HostQueues queues = new HostQueues(1)) {
            queues.pace("slow.test", Duration.ofSeconds(30));
            for (int i = 0; i < 5; i++) {
                queues.submit("slow.test", () -> null);
            }
            long start = System.nanoTime();
            List<CompletableFuture<Object>> others = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                others.add(queues.submit("other-" + i + ".test", () -> null));
            }
            CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).join();
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(5).toNanos());
        }
    }

    @Test
    void aDeferredHostWaitsForItsRetryAfter() {
        try (HostQueues queues = new HostQueues(2)) {
            queues.defer("busy.test", Duration.ofMillis(500));
            long start = System.nanoTime();
            queues.submit("busy.test", () -> null).join();
            assertTrue(System.nanoTime() - start >= Duration.ofMillis(450).toNanos());
        }
    }
}
