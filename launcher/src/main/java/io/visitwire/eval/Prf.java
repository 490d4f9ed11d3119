package io.visitwire.eval;

/**
 * Counts of one matching (true positives, false positives, false negatives) and the
 * precision, recall and F1 they give. With nothing predicted and nothing to find every
 * figure is 1.0: there was nothing to get wrong. Otherwise an empty denominator gives 0.
 */
public record Prf(int tp, int fp, int fn) {

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public Prf plus(Prf other) {
        return new Prf(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        if (isVacuous()) {
            return 1.0;
        }
        double precision = precision();
        double recall = recall();
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }

    /** Nothing to find and nothing predicted. */
    public boolean isVacuous() {
        return tp == 0 && fp == 0 && fn == 0;
    }

    private double ratio(int part, int whole) {
        if (whole == 0) {
            return isVacuous() ? 1.0 : 0.0;
        }
        return (double) part / whole;
    }
}
