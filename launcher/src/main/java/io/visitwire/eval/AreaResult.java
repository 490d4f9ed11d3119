package io.visitwire.eval;

import java.util.List;

/**
 * One area (entities, visits or commitments) of one article: the counts, and the items
 * behind the errors, described for people to read.
 */
public record AreaResult(Prf counts, List<String> misses, List<String> falseHits) {

    public static final AreaResult EMPTY = new AreaResult(Prf.ZERO, List.of(), List.of());

    public AreaResult {
        misses = List.copyOf(misses);
        falseHits = List.copyOf(falseHits);
    }

    public boolean isClean() {
        return misses.isEmpty() && falseHits.isEmpty();
    }
}
