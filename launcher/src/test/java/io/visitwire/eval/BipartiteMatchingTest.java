package io.visitwire.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BipartiteMatchingTest {

    @Test
    void findsAMaximumMatchingWhereFirstComeFirstServedWouldNot() {
        // gold 0 may take prediction 0 or 1, gold 1 only prediction 0: a greedy pass gives one pair
        int[][] tiers = {{1, 1}, {1, 0}};
        BipartiteMatching matching = BipartiteMatching.match(2, 2, (g, p) -> tiers[g][p]);
        assertEquals(2, matching.pairCount());
        assertEquals(1, matching.predictedFor(0));
        assertEquals(0, matching.predictedFor(1));
    }

    @Test
    void prefersTheBetterTierWhenCardinalityIsEqual() {
        int[][] tiers = {{2, 1}};
        BipartiteMatching matching = BipartiteMatching.match(1, 2, (g, p) -> tiers[g][p]);
        assertEquals(1, matching.predictedFor(0));
        assertFalse(matching.isPredictedMatched(0));
        assertTrue(matching.isPredictedMatched(1));
    }

    @Test
    void givesUpABetterPairOnlyToMatchOneMore() {
        // gold 0's exact partner is gold 1's only option, so gold 0 falls back to its loose one
        int[][] tiers = {{1, 2}, {2, 0}};
        BipartiteMatching matching = BipartiteMatching.match(2, 2, (g, p) -> tiers[g][p]);
        assertEquals(2, matching.pairCount());
        assertEquals(1, matching.predictedFor(0));
        assertEquals(0, matching.predictedFor(1));
    }

    @Test
    void emptySidesGiveNoPairs() {
        assertEquals(0, BipartiteMatching.match(0, 3, (g, p) -> 1).pairCount());
        assertEquals(0, BipartiteMatching.match(3, 0, (g, p) -> 1).pairCount());
        assertEquals(-1, BipartiteMatching.match(3, 0, (g, p) -> 1).predictedFor(2));
    }
}
