package io.newsflow.indexer.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One bulk at a time per index, and indices apart from each other. */
class BulksInFlightTest {
    private final BulksInFlight inFlight = new BulksInFlight(1);
    private final ExecutorService threads = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aSecondBulkIntoTheSameIndexWaitsForTheFirst() throws Exception {
        CountDownLatch firstSent = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> send("news-articles", () -> {
            firstSent.countDown();
            release.await();
            return "first";
        }), threads);
        assertTrue(firstSent.await(5, TimeUnit.SECONDS));

        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> send("news-articles", () -> "second"), threads);
        CompletableFuture<String> other = CompletableFuture.supplyAsync(() -> send("news-statements", () -> "other"), threads);

        assertEquals("other", other.get(5, TimeUnit.SECONDS));
        assertFalse(second.isDone());
        release.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals("second", second.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aFailedBulkGivesItsPermitBack() throws Exception {
        try {
            inFlight.send(new TreeSet<>(List.of("a", "b")), () -> {
                throw new IOException("refused");
            });
        } catch (IOException expected) {
            // the permit must be back for the next bulk
        }
        assertEquals("next", inFlight.send(new TreeSet<>(List.of("a", "b")), () -> "next"));
    }

    private interface Body {
        String run() throws Exception;
    }

    private String send(String index, Body body) {
        try {
            return inFlight.send(new TreeSet<>(List.of(index)), () -> {
                try {
                    return body.run();
                } catch (Exception e) {
                    throw new IOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
