package io.visitwire.eval;

import java.util.Comparator;

/**
 * One extraction rule's outputs on a gold file: how many scored visits and commitments carry its id
 * and how many of those the one-to-one matching paired with gold. Precision is per rule, so a rule
 * that fires on many false hits shows up even when the area's F1 looks fine.
 */
public record RuleScore(String rule, int outputs, int matched) {

    /** The row for outputs that name no rule (an extractor that does not record them). */
    public static final String NO_RULE = "(none)";

    /** Worst precision first; among equals the rule with more outputs, then by id. */
    public static final Comparator<RuleScore> WORST_FIRST = Comparator.comparingDouble(RuleScore::precision)
            .thenComparing(Comparator.comparingInt(RuleScore::outputs).reversed())
            .thenComparing(RuleScore::rule);

    public RuleScore {
        if (matched < 0 || outputs < matched) {
            throw new IllegalArgumentException("matched=" + matched + " outputs=" + outputs);
        }
    }

    static RuleScore of(String rule, boolean matched) {
        return new RuleScore(rule, 1, matched ? 1 : 0);
    }

    RuleScore plus(RuleScore other) {
        return new RuleScore(rule, outputs + other.outputs, matched + other.matched);
    }

    public double precision() {
        return outputs == 0 ? Double.NaN : (double) matched / outputs;
    }
}
