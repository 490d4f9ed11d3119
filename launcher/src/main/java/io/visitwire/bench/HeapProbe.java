package io.visitwire.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The memory a bench section reports after its runs: heap in use after a full collection, what a steady state
 * really holds (MemoryMXBean), and beside it the process's peak resident set size ({@code VmHWM} in
 * {@code /proc/self/status}, Linux): the heap at its high-water mark before collections, plus metaspace, code
 * cache, thread stacks, direct buffers and native allocations. The second is what a machine or container limit
 * must allow; with {@code -Xmx3g} it can exceed 3 GiB.
 */
public final class HeapProbe {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    private HeapProbe() {
    }

    /** Heap used after GC and, where the OS tells it, the peak RSS of this JVM since it started. */
    public static List<Figure> figures(String section, String what) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure(section, "heap used after GC (" + what + ")", "MiB", usedAfterGcMiB()));
        peakRssMiB().ifPresent(peak -> figures.add(
                new Figure(section, "peak RSS of the bench JVM since it started (VmHWM)", "MiB", peak)));
        return figures;
    }

    public static double usedAfterGcMiB() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // two collections: the first may only queue finalizable objects and soft references
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /** Peak resident set size of this process, MiB; empty where there is no {@code /proc/self/status} (not Linux). */
    public static OptionalDouble peakRssMiB() {
        try {
            return peakRssMiB(Files.readAllLines(PROC_STATUS));
        } catch (IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    /** From the lines of {@code /proc/<pid>/status}: {@code VmHWM:   3355443 kB}. */
    static OptionalDouble peakRssMiB(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equals("kB")) {
                    return OptionalDouble.of(Long.parseLong(parts[0]) / 1024.0);
                }
            }
        }
        return OptionalDouble.empty();
    }
}
