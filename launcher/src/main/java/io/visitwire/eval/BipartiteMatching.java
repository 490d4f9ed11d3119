package io.visitwire.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * One-to-one pairing of gold items with predicted items: a maximum matching (no gold
 * item is left unmatched if any rearrangement could match it), built tier by tier so
 * that better pairs (an exact name before a loose one) are taken first.
 *
 * <p>Kuhn's augmenting paths: once a gold item is matched it stays matched, though
 * possibly to another partner, and a free gold item for which no augmenting path exists
 * never gains one later, so trying each free gold item once per tier yields a maximum
 * matching over the edges of all tiers. The lists are a few dozen items long at most.
 */
final class BipartiteMatching {

    /** Tier of a gold/prediction pair: {@link #NO_PAIR}, or 1 for the best kind of pair, 2 for the next… */
    @FunctionalInterface
    interface Tier {
        int of(int gold, int predicted);
    }

    static final int NO_PAIR = 0;

    private final int[][] tiers;
    private final Integer[][] candidatesByTier;
    private final int[] predictedForGold;
    private final int[] goldForPredicted;

    private BipartiteMatching(int goldCount, int predictedCount, Tier tier) {
        tiers = new int[goldCount][predictedCount];
        candidatesByTier = new Integer[goldCount][];
        int worstTier = NO_PAIR;
        for (int gold = 0; gold < goldCount; gold++) {
            for (int predicted = 0; predicted < predictedCount; predicted++) {
                int value = tier.of(gold, predicted);
                tiers[gold][predicted] = Math.max(value, NO_PAIR);
                worstTier = Math.max(worstTier, tiers[gold][predicted]);
            }
            int[] row = tiers[gold];
            candidatesByTier[gold] = IntStream.range(0, predictedCount).filter(p -> row[p] != NO_PAIR).boxed()
                    .sorted(Comparator.comparingInt(p -> row[p])).toArray(Integer[]::new);
        }
        predictedForGold = new int[goldCount];
        goldForPredicted = new int[predictedCount];
        Arrays.fill(predictedForGold, -1);
        Arrays.fill(goldForPredicted, -1);
        for (int allowedTier = 1; allowedTier <= worstTier; allowedTier++) {
            for (int gold = 0; gold < goldCount; gold++) {
                if (predictedForGold[gold] < 0) {
                    augment(gold, new boolean[predictedCount], allowedTier);
                }
            }
        }
    }

    static BipartiteMatching match(int goldCount, int predictedCount, Tier tier) {
        return new BipartiteMatching(goldCount, predictedCount, tier);
    }

    /** Index of the predicted item paired with this gold item, or -1. */
    int predictedFor(int gold) {
        return predictedForGold[gold];
    }

    boolean isPredictedMatched(int predicted) {
        return goldForPredicted[predicted] >= 0;
    }

    int pairCount() {
        return (int) Arrays.stream(predictedForGold).filter(p -> p >= 0).count();
    }

    private boolean augment(int gold, boolean[] visited, int allowedTier) {
        for (int predicted : candidatesByTier[gold]) {
            if (tiers[gold][predicted] > allowedTier || visited[predicted]) {
                continue;
            }
            visited[predicted] = true;
            int displaced = goldForPredicted[predicted];
            if (displaced < 0 || augment(displaced, visited, allowedTier)) {
                predictedForGold[gold] = predicted;
                goldForPredicted[predicted] = gold;
                return true;
            }
        }
        return false;
    }
}
