package io.newsflow.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's CPU time from Linux's {@code /proc}, and how much of it its JIT compiler threads took: a JVM that has
 * run for a minute still spends much of its CPU compiling, which a long-running service does not.
 */
record ProcessCpu(double seconds, double jitSeconds) {
    private static final double TICKS_PER_SECOND = 100;

    static ProcessCpu of(long pid) throws IOException {
        double all = 0;
        double jit = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path thread : threads) {
                try {
                    double used = ticks(Files.readString(thread.resolve("stat"))) / TICKS_PER_SECOND;
                    all += used;
                    if (Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                        jit += used;
                    }
                } catch (IOException exited) {
                    // the thread ended between listing and reading; its time is gone from the process's too
                }
            }
        }
        return new ProcessCpu(all, jit);
    }

    ProcessCpu plus(ProcessCpu other) {
        return new ProcessCpu(seconds + other.seconds, jitSeconds + other.jitSeconds);
    }

    ProcessCpu minus(ProcessCpu earlier) {
        return new ProcessCpu(seconds - earlier.seconds, jitSeconds - earlier.jitSeconds);
    }

    /** Milliseconds per page. */
    ProcessCpu perPage(int pages) {
        return new ProcessCpu(seconds * 1000 / pages, jitSeconds * 1000 / pages);
    }

    /** utime + stime: fields 14 and 15, counted after the command name, which may hold spaces. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
