package io.newsflow.testkit;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waiting for an asynchronous pipeline to reach a state, with a clear message when it does not. */
public final class Await {
    public static final Duration TIMEOUT = Duration.ofSeconds(120);

    private Await() {
    }

    /** Polls the probe until it returns non-null, and returns that. */
    public static <T> T until(String what, Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            T result = probe.call();
            if (result != null) {
                return result;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("timed out after " + TIMEOUT + " waiting for " + what
                + "; service logs are in target/service-logs");
    }
}
