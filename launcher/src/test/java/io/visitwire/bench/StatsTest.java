package io.visitwire.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(3.0, Stats.median(List.of(5.0, 1.0, 3.0)));
        assertEquals(2.5, Stats.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertEquals(7.0, Stats.median(List.of(7.0)));
        assertTrue(Double.isNaN(Stats.median(List.of())));
    }

    @Test
    void percentilesByNearestRank() {
        List<Double> hundred = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            hundred.add((double) i);
        }
        Collections.shuffle(hundred);
        assertEquals(50.0, Stats.percentile(hundred, 50));
        assertEquals(99.0, Stats.percentile(hundred, 99));
        assertEquals(100.0, Stats.percentile(hundred, 100));
        assertEquals(1.0, Stats.percentile(hundred, 0.1));
        assertEquals(100.0, Stats.max(hundred));
    }

    @Test
    void percentilesOfFewValues() {
        List<Double> values = List.of(10.0, 20.0, 30.0);
        assertEquals(20.0, Stats.percentile(values, 50));
        assertEquals(30.0, Stats.percentile(values, 99));
        assertEquals(10.0, Stats.percentile(values, 33));
        assertEquals(5.0, Stats.percentile(List.of(5.0), 99));
        assertTrue(Double.isNaN(Stats.percentile(List.of(), 99)));
    }

    @Test
    void rejectsPercentilesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(List.of(1.0), 0));
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(List.of(1.0), 101));
    }
}
