package io.visitwire.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Pairs one area's gold items with predicted ones and turns the pairing into counts. */
final class Pairing {

    @FunctionalInterface
    interface Tier<T> {
        /** {@link BipartiteMatching#NO_PAIR} when the two may not be paired, else 1 for the best kind of pair, 2… */
        int of(T gold, T predicted);
    }

    private Pairing() {
    }

    /**
     * Counts matched pairs as true positives, unmatched gold as misses and unmatched
     * predictions as false hits; hands every matched pair, in gold order, to {@code onPair}.
     */
    static <T> AreaResult pairUp(List<T> gold, List<T> predicted, Tier<T> tier,
                                 Function<T, String> describe, BiConsumer<T, T> onPair) {
        return pairUp(gold, predicted, tier, describe, onPair, (prediction, matched) -> { });
    }

    /** As above, and hands every prediction, in order, with whether it was matched to {@code onPrediction}. */
    static <T> AreaResult pairUp(List<T> gold, List<T> predicted, Tier<T> tier, Function<T, String> describe,
                                 BiConsumer<T, T> onPair, BiConsumer<T, Boolean> onPrediction) {
        BipartiteMatching matching = BipartiteMatching.match(gold.size(), predicted.size(),
                (g, p) -> tier.of(gold.get(g), predicted.get(p)));
        List<String> misses = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            int p = matching.predictedFor(g);
            if (p < 0) {
                misses.add(describe.apply(gold.get(g)));
            } else {
                onPair.accept(gold.get(g), predicted.get(p));
            }
        }
        List<String> falseHits = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            onPrediction.accept(predicted.get(p), matching.isPredictedMatched(p));
            if (!matching.isPredictedMatched(p)) {
                falseHits.add(describe.apply(predicted.get(p)));
            }
        }
        int tp = matching.pairCount();
        return new AreaResult(new Prf(tp, predicted.size() - tp, gold.size() - tp), misses, falseHits);
    }
}
