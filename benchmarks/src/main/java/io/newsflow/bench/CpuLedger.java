package io.newsflow.bench;

import io.newsflow.testkit.ServiceProcess;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the machine's CPU goes while the pipeline runs: the three services, Kafka, Elasticsearch and this benchmark
 * (the loopback site and the load) each by process, and everything else as the machine's remainder.
 */
final class CpuLedger {
    private final Map<String, ProcessHandle> processes = new LinkedHashMap<>();

    /** @param services the fetcher, parser and indexer, in that order */
    CpuLedger(List<ServiceProcess> services) {
        this(named(List.of("fetcher", "parser", "indexer"), services), "site and load");
    }

    /**
     * @param services the service processes by name, first in the ledger in this map's order
     * @param self     what this benchmark's own process does, its name in the ledger
     */
    CpuLedger(LinkedHashMap<String, ServiceProcess> services, String self) {
        services.forEach((name, service) -> processes.put(name, service.handle()));
        find("kafka.Kafka").ifPresent(kafka -> processes.put("Kafka", kafka));
        find("org.elasticsearch.bootstrap.Elasticsearch").ifPresent(es -> processes.put("Elasticsearch", es));
        processes.put(self, ProcessHandle.current());
    }

    static LinkedHashMap<String, ServiceProcess> named(List<String> names, List<ServiceProcess> services) {
        LinkedHashMap<String, ServiceProcess> named = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            named.put(names.get(i), services.get(i));
        }
        return named;
    }

    /** A reading of every process's CPU seconds (and its JIT compilers' share) and the machine's. */
    Reading read() throws IOException {
        Map<String, ProcessCpu> seconds = new LinkedHashMap<>();
        for (Map.Entry<String, ProcessHandle> process : processes.entrySet()) {
            seconds.put(process.getKey(), ProcessCpu.of(process.getValue().pid()));
        }
        return new Reading(seconds, MachineCpu.now());
    }

    record Reading(Map<String, ProcessCpu> processes, MachineCpu machine) {
        /** CPU per page since {@code earlier}, by process, with "other" for the rest of the machine. */
        Map<String, ProcessCpu> perPageSince(Reading earlier, int pages) {
            Map<String, ProcessCpu> perPage = new LinkedHashMap<>();
            double known = 0;
            for (Map.Entry<String, ProcessCpu> entry : processes.entrySet()) {
                ProcessCpu used = entry.getValue().minus(earlier.processes.get(entry.getKey()));
                perPage.put(entry.getKey(), used.perPage(pages));
                known += used.seconds();
            }
            perPage.put("other", new ProcessCpu(machine.busySecondsSince(earlier.machine) - known, 0).perPage(pages));
            return perPage;
        }
    }

    /** The process whose main class (or module/class) is {@code mainClass}. */
    private static Optional<ProcessHandle> find(String mainClass) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().arguments().map(args -> Arrays.stream(args)
                        .anyMatch(arg -> arg.equals(mainClass) || arg.endsWith("/" + mainClass))).orElse(false))
                .findFirst();
    }
}
