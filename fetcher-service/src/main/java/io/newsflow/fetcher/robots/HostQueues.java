package io.newsflow.fetcher.robots;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One queue of requests per host, run one at a time per host and spaced by the host's delay, on a pool whose size
 * is the global concurrency limit. No thread ever waits for a host: a host not due yet is woken by a timer, so a
 * thousand URLs of one slow site do not hold up the others (a crawler's per-host queues, as in Nutch and
 * StormCrawler).
 */
public final class HostQueues implements AutoCloseable {
    private static final Duration IDLE_FOR = Duration.ofMinutes(10);

    private static final class Host {
        private final Queue<Runnable> waiting = new ArrayDeque<>();
        private boolean busy;
        private long nextAllowedNanos = System.nanoTime();
        private Duration delay = Duration.ZERO;
    }

    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private final ExecutorService pool;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "host-queues-timer");
        thread.setDaemon(true);
        return thread;
    });

    /** @param concurrency requests running at once over all hosts */
    public HostQueues(int concurrency) {
        pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread thread = new Thread(r, "fetch");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::forgetIdleHosts, 1, 1, TimeUnit.MINUTES);
    }

    /** Queues a request for the host; it runs when the host's previous request is its delay behind. */
    public <T> CompletableFuture<T> submit(String host, Callable<T> request) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Host queue = hosts.computeIfAbsent(host, h -> new Host());
        synchronized (queue) {
            queue.waiting.add(() -> {
                try {
                    result.complete(request.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
            if (!queue.busy) {
                queue.busy = true;
                scheduleNext(queue);
            }
        }
        return result;
    }

    /** The least time between two of the host's requests, from now on (politeness delay or robots Crawl-delay). */
    public void pace(String host, Duration delay) {
        Host queue = hosts.computeIfAbsent(host, h -> new Host());
        synchronized (queue) {
            queue.delay = delay;
        }
    }

    /** Keeps the host waiting at least this long before its next request (a 429 or 503 with Retry-After). */
    public void defer(String host, Duration wait) {
        Host queue = hosts.computeIfAbsent(host, h -> new Host());
        synchronized (queue) {
            queue.nextAllowedNanos = Math.max(queue.nextAllowedNanos, System.nanoTime() + wait.toNanos());
        }
    }

    /** Called with the host's lock held, while it is busy and has a request waiting. */
    private void scheduleNext(Host queue) {
        long wait = queue.nextAllowedNanos - System.nanoTime();
        if (wait <= 0) {
            pool.execute(() -> runNext(queue));
        } else {
            timer.schedule(() -> pool.execute(() -> runNext(queue)), wait, TimeUnit.NANOSECONDS);
        }
    }

    private void runNext(Host queue) {
        Runnable next;
        synchronized (queue) {
            long wait = queue.nextAllowedNanos - System.nanoTime();
            if (wait > 0) {
                // deferred while this run was scheduled (a Retry-After): wait for the new time
                timer.schedule(() -> pool.execute(() -> runNext(queue)), wait, TimeUnit.NANOSECONDS);
                return;
            }
            next = queue.waiting.poll();
        }
        try {
            next.run();
        } finally {
            synchronized (queue) {
                queue.nextAllowedNanos = Math.max(queue.nextAllowedNanos, System.nanoTime() + queue.delay.toNanos());
                if (queue.waiting.isEmpty()) {
                    queue.busy = false;
                } else {
                    scheduleNext(queue);
                }
            }
        }
    }

    /** Hosts with nothing queued and long past their delay hold no politeness worth keeping. */
    private void forgetIdleHosts() {
        long now = System.nanoTime();
        hosts.entrySet().removeIf(entry -> {
            Host queue = entry.getValue();
            synchronized (queue) {
                return !queue.busy && now - queue.nextAllowedNanos > IDLE_FOR.toNanos();
            }
        });
    }

    @Override
    public void close() {
        timer.shutdownNow();
        pool.shutdownNow();
    }
}
