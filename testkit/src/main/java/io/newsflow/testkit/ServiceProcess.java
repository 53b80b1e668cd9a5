package io.newsflow.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One packaged Quarkus service, run as its own JVM process the way an operator runs it. */
public final class ServiceProcess implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    public static ServiceProcess start(Path repo, String name, Map<String, String> environment) throws IOException {
        return start(repo, name, environment, "384m");
    }

    /** @param maxHeap the JVM's -Xmx, e.g. {@code 256m} */
    public static ServiceProcess start(Path repo, String name, Map<String, String> environment, String maxHeap)
            throws IOException {
        int port = freePort();
        Path jar = repo.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + maxHeap, "-Dquarkus.http.port=" + port));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = Path.of("target", "service-logs", name + "-" + port + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ServiceProcess(name, port, log, process);
    }

    public int port() {
        return port;
    }

    /** The process's peak resident memory so far (Linux {@code VmHWM}), in MB; -1 where it cannot be read. */
    public long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public void awaitReady(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited early; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log.toAbsolutePath());
    }

    /** Waits for the process to end by itself; its exit code, or empty when it still runs after the timeout. */
    public java.util.OptionalInt awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                ? java.util.OptionalInt.of(process.exitValue()) : java.util.OptionalInt.empty();
    }

    /** What the process has logged so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Kills the process at once (SIGKILL): no shutdown hooks, no commits, as a crash or an OOM kill would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
