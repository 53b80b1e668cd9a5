package io.newsflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The whole machine's CPU time from Linux's {@code /proc/stat}: how busy all cores were between two readings. */
record MachineCpu(long busyTicks, long allTicks) {
    private static final double TICKS_PER_SECOND = 100;

    static MachineCpu now() throws IOException {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long all = 0;
        for (int i = 1; i <= 8; i++) { // user … steal; guest time is already in user
            all += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new MachineCpu(all - idle, all);
    }

    /** Share of all cores' time that was busy since {@code earlier}, 0–1. */
    double busySince(MachineCpu earlier) {
        return (double) (busyTicks - earlier.busyTicks) / Math.max(1, allTicks - earlier.allTicks);
    }

    /** CPU seconds used by everything on the machine since {@code earlier}. */
    double busySecondsSince(MachineCpu earlier) {
        return (busyTicks - earlier.busyTicks) / TICKS_PER_SECOND;
    }
}
