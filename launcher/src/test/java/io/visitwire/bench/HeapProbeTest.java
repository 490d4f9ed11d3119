package io.visitwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HeapProbeTest {

    @Test
    void peakRssIsVmHwmOfProcStatus() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmHWM:\t 3355443 kB", "VmRSS:\t 1000000 kB");

        assertEquals(OptionalDouble.of(3355443 / 1024.0), HeapProbe.peakRssMiB(status));
        assertTrue(HeapProbe.peakRssMiB(List.of("Name:\tjava")).isEmpty());
    }

    @Test
    void aSectionReportsPeakRssBesideHeapAfterGcWhereTheOsTellsIt() {
        List<Figure> figures = HeapProbe.figures("enrich", "engine loaded, after the runs");

        assertEquals("heap used after GC (engine loaded, after the runs)", figures.get(0).name());
        if (Files.isReadable(Path.of("/proc/self/status"))) {
            assertEquals(2, figures.size(), figures.toString());
            Figure peak = figures.get(1);
            assertEquals("MiB", peak.unit());
            // the resident set holds the heap in use and more
            assertTrue(peak.value() >= figures.get(0).value(), figures.toString());
        }
    }
}
