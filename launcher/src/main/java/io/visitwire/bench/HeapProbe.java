package io.visitwire.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Heap in use after a full collection: what a steady state really holds (MemoryMXBean). */
public final class HeapProbe {

    private HeapProbe() {
    }

    public static double usedAfterGcMiB() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // two collections: the first may only queue finalizable objects and soft references
        memory.gc();
        memory.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
